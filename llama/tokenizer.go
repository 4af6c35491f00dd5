package llama

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The token types of tokenizer.ggml.token_type.
const (
	tokenNormal  = 1
	tokenUnknown = 2
	tokenControl = 3
	tokenUser    = 4
	tokenUnused  = 5
	tokenByte    = 6
)

// spaceRune is SentencePiece's visible space: a word's leading space is part of its token.
const spaceRune = "\u2581"

// Tokenizer is the Llama SentencePiece (BPE-by-score) tokenizer described by a GGUF file's
// tokenizer.ggml.* metadata. It is safe for concurrent use.
type Tokenizer struct {
	pieces []string
	scores []float32
	types  []int32
	ids    map[string]int
	bytes  [256]int // token of <0xNN>, or -1
	BOS    int
	EOS    int
	Unk    int
	// addSpacePrefix prepends '▁' to the text, as SentencePiece does for Llama.
	addSpacePrefix bool
}

// NewTokenizer builds the tokenizer from f's metadata; only tokenizer.ggml.model "llama"
// (SentencePiece) is supported.
func NewTokenizer(f *File) (*Tokenizer, error) {
	if m, err := f.String("tokenizer.ggml.model"); err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	} else if m != "llama" {
		return nil, fmt.Errorf("tokenizer: model %q is not supported (only \"llama\" SentencePiece)", m)
	}
	t := &Tokenizer{addSpacePrefix: true}
	var err error
	if t.pieces, err = f.Strings("tokenizer.ggml.tokens"); err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	n := len(t.pieces)
	if t.scores, err = f.Float32Array("tokenizer.ggml.scores"); err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	if t.types, err = f.Int32Array("tokenizer.ggml.token_type"); err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	if len(t.scores) != n || len(t.types) != n {
		return nil, fmt.Errorf("tokenizer: %d tokens but %d scores and %d token types", n, len(t.scores), len(t.types))
	}
	if v, ok := f.Get("tokenizer.ggml.add_space_prefix"); ok {
		if b, ok := v.Data.(bool); ok {
			t.addSpacePrefix = b
		}
	}
	special := []struct {
		key string
		dst *int
		def uint64
	}{
		{"tokenizer.ggml.bos_token_id", &t.BOS, 1},
		{"tokenizer.ggml.eos_token_id", &t.EOS, 2},
		{"tokenizer.ggml.unknown_token_id", &t.Unk, 0},
	}
	for _, s := range special {
		id, err := f.UintOr(s.key, s.def)
		if err != nil {
			return nil, fmt.Errorf("tokenizer: %w", err)
		}
		if id >= uint64(n) {
			return nil, fmt.Errorf("tokenizer: %s %d is outside the vocabulary of %d tokens", s.key, id, n)
		}
		*s.dst = int(id)
	}
	t.ids = make(map[string]int, n)
	for i := range t.bytes {
		t.bytes[i] = -1
	}
	for id, p := range t.pieces {
		if t.types[id] == tokenByte {
			if b, ok := parseByteToken(p); ok {
				t.bytes[b] = id
			}
			continue
		}
		if _, dup := t.ids[p]; !dup && t.types[id] != tokenControl && t.types[id] != tokenUnused {
			t.ids[p] = id
		}
	}
	return t, nil
}

// parseByteToken parses a byte-fallback piece "<0xNN>".
func parseByteToken(p string) (byte, bool) {
	if len(p) != 6 || !strings.HasPrefix(p, "<0x") || p[5] != '>' {
		return 0, false
	}
	b, err := strconv.ParseUint(p[3:5], 16, 8)
	return byte(b), err == nil
}

// VocabSize is the number of tokens.
func (t *Tokenizer) VocabSize() int { return len(t.pieces) }

// Piece returns the raw vocabulary entry of id ("" when out of range).
func (t *Tokenizer) Piece(id int) string {
	if id < 0 || id >= len(t.pieces) {
		return ""
	}
	return t.pieces[id]
}

// Encode tokenizes text, prepending BOS when addBOS is set. Like SentencePiece, spaces become
// '▁', the text gets a leading '▁', and it starts as one symbol per character; the adjacent
// pair whose merge is the highest-scoring vocabulary entry is merged (leftmost on ties) until
// no pair merges. Characters left outside the vocabulary fall back to their UTF-8 bytes.
func (t *Tokenizer) Encode(text string, addBOS bool) []int {
	var out []int
	if addBOS {
		out = append(out, t.BOS)
	}
	if text == "" {
		return out
	}
	text = strings.ReplaceAll(text, " ", spaceRune)
	if t.addSpacePrefix {
		text = spaceRune + text
	}
	// syms are the current symbols as substrings of text; pair[i] is the score of merging
	// syms[i] and syms[i+1] (or -Inf when their concatenation is not a token).
	var syms []string
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRuneInString(text[i:])
		syms = append(syms, text[i:i+n])
		i += n
	}
	pair := make([]float32, len(syms))
	pairID := make([]int, len(syms))
	score := func(i int) {
		pairID[i] = -1
		if i+1 < len(syms) {
			if id, ok := t.ids[syms[i]+syms[i+1]]; ok {
				pairID[i] = id
				pair[i] = t.scores[id]
			}
		}
	}
	for i := range syms {
		score(i)
	}
	for {
		best := -1
		for i := 0; i+1 < len(syms); i++ {
			if pairID[i] >= 0 && (best < 0 || pair[i] > pair[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		syms[best] += syms[best+1]
		syms = append(syms[:best+1], syms[best+2:]...)
		pair = append(pair[:best+1], pair[best+2:]...)
		pairID = append(pairID[:best+1], pairID[best+2:]...)
		score(best)
		if best > 0 {
			score(best - 1)
		}
	}
	for _, s := range syms {
		if id, ok := t.ids[s]; ok {
			out = append(out, id)
			continue
		}
		for i := 0; i < len(s); i++ {
			if id := t.bytes[s[i]]; id >= 0 {
				out = append(out, id)
			} else {
				out = append(out, t.Unk)
			}
		}
	}
	return out
}

// pieceBytes is what token id contributes to decoded text: control tokens give nothing, byte
// tokens their byte, others their piece with '▁' turned back into spaces.
func (t *Tokenizer) pieceBytes(id int) string {
	if id < 0 || id >= len(t.pieces) {
		return ""
	}
	switch t.types[id] {
	case tokenControl, tokenUnused:
		return ""
	case tokenByte:
		if b, ok := parseByteToken(t.pieces[id]); ok {
			return string([]byte{b})
		}
	}
	return strings.ReplaceAll(t.pieces[id], spaceRune, " ")
}

// Decode turns tokens back into text. The space SentencePiece put before the first word is
// dropped, so Decode(Encode(s, true)) == s for text without a leading space.
func (t *Tokenizer) Decode(ids []int) string {
	var b strings.Builder
	start := t.atStart(nil)
	for _, id := range ids {
		p := t.pieceBytes(id)
		if start && p != "" {
			p, start = strings.TrimPrefix(p, " "), false
		}
		b.WriteString(p)
	}
	return b.String()
}

// atStart reports whether text decoded after prev begins the text (prev decodes to nothing,
// as BOS does) and so loses the leading space SentencePiece added.
func (t *Tokenizer) atStart(prev []int) bool {
	if !t.addSpacePrefix {
		return false
	}
	for _, id := range prev {
		if t.pieceBytes(id) != "" {
			return false
		}
	}
	return true
}
