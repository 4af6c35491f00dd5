package llama

import (
	"slices"
	"testing"
)

func TestTokenizerKnownIDs(t *testing.T) {
	tok := testModel(t).Tokenizer
	tests := []struct {
		text string
		want []int
	}{
		{"Once upon a time", []int{1, 403, 407, 261, 378}},
		{"", []int{1}},
	}
	for _, tt := range tests {
		if got := tok.Encode(tt.text, true); !slices.Equal(got, tt.want) {
			t.Errorf("Encode(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if tok.BOS != 1 || tok.EOS != 2 || tok.VocabSize() != 512 {
		t.Errorf("BOS %d EOS %d vocab %d, want 1 2 512", tok.BOS, tok.EOS, tok.VocabSize())
	}
	if got := tok.Encode("Once", false); len(got) != 1 || tok.Piece(got[0]) != "▁Once" {
		t.Errorf("Encode(Once) = %v, want the single token ▁Once", got)
	}
}

func TestTokenizerRoundTrip(t *testing.T) {
	tok := testModel(t).Tokenizer
	for _, text := range []string{
		"Once upon a time, there was a little girl named Lily.",
		"She said, \"Hello!\"\nThen  two spaces\tand a tab.",
		"café, naïve — 日本語 ☃ 🙂", // none of these characters is in the 512-token vocabulary
		"x",
	} {
		ids := tok.Encode(text, true)
		if got := tok.Decode(ids); got != text {
			t.Errorf("Decode(Encode(%q)) = %q (ids %v)", text, got, ids)
		}
	}
}

// Characters outside the vocabulary become their UTF-8 bytes as <0xNN> tokens.
func TestTokenizerByteFallback(t *testing.T) {
	tok := testModel(t).Tokenizer
	ids := tok.Encode("☃", false) // E2 98 83, after the leading ▁
	var pieces []string
	for _, id := range ids {
		pieces = append(pieces, tok.Piece(id))
	}
	want := []string{"▁", "<0xE2>", "<0x98>", "<0x83>"}
	if !slices.Equal(pieces, want) {
		t.Errorf("Encode(☃) pieces = %q, want %q", pieces, want)
	}
}

// Merges follow scores, not length: the result must be the highest-scoring segmentation
// reachable by merging pairs, which for common words is one token.
func TestTokenizerMergesWords(t *testing.T) {
	tok := testModel(t).Tokenizer
	for _, w := range []string{"Lily", "little", "there", "was"} {
		ids := tok.Encode(w, false)
		if len(ids) != 1 || tok.Piece(ids[0]) != "▁"+w {
			var pieces []string
			for _, id := range ids {
				pieces = append(pieces, tok.Piece(id))
			}
			t.Errorf("Encode(%q) = %q, want one token ▁%s", w, pieces, w)
		}
	}
}
