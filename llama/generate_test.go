package llama

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

// referenceTokens is the greedy continuation of "Once upon a time", recorded from this
// implementation after checking the text reads as TinyStories English; referenceText is its
// decoding.
var referenceTokens = []int{432, 383, 286, 261, 376, 298, 315, 421, 395, 317, 426, 338, 401,
	396, 267, 337, 410, 408, 419, 292, 411, 322, 265, 282, 295, 433, 426, 385, 328, 432, 358,
	394, 261, 370, 432, 352, 266, 268, 388, 426, 338, 391, 266, 267, 337, 335, 312, 432, 398,
	312, 286, 267, 414, 270, 333, 415, 426, 13, 438, 310, 439, 419, 357, 336}

const referenceText = ", there was a little girl named Lily. She loved to play outside in the park. " +
	"One day, she saw a big, red ball. She wanted to play with it, but it was too high.\nLily's mom said"

func TestGenerateGreedyReference(t *testing.T) {
	m := testModel(t)
	res, err := m.Generate(context.Background(), "Once upon a time", Options{MaxTokens: len(referenceTokens)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Tokens, referenceTokens) {
		t.Errorf("tokens\n got %v\nwant %v", res.Tokens, referenceTokens)
	}
	if res.Text != referenceText {
		t.Errorf("text\n got %q\nwant %q", res.Text, referenceText)
	}
	if res.PromptTokens != 5 || res.CompletionTokens != len(referenceTokens) || res.FinishReason != FinishLength {
		t.Errorf("counts: prompt %d completion %d finish %q", res.PromptTokens, res.CompletionTokens, res.FinishReason)
	}
}

// A correct forward pass (RoPE pairing included) predicts TinyStories prose well: swapping
// to rotate-half RoPE, for one, costs about 3.2 nats per token instead of 0.63.
func TestLogProbOfStory(t *testing.T) {
	m := testModel(t)
	text := "Once upon a time, there was a little girl named Lily. She loved to play outside. " +
		"One day, she saw a big dog in the park. The dog was very friendly and they played together all day."
	lp, n, err := m.LogProb(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if perTok := -lp / float64(n); perTok > 1 {
		t.Errorf("%.3f nats per token on TinyStories text, want below 1", perTok)
	}
}

func TestGenerateSeededSampling(t *testing.T) {
	m := testModel(t)
	ctx := context.Background()
	gen := func(seed uint64, topP float64) []int {
		res, err := m.Generate(ctx, "Once upon a time", Options{MaxTokens: 40, Temperature: 1, TopP: topP, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		return res.Tokens
	}
	a, b, c := gen(42, 0.9), gen(42, 0.9), gen(43, 0.9)
	if !slices.Equal(a, b) {
		t.Errorf("same seed, different samples:\n%v\n%v", a, b)
	}
	if slices.Equal(a, c) {
		t.Errorf("seeds 42 and 43 sampled the same 40 tokens %v", a)
	}
	// A nucleus so small it holds only the most likely token is greedy decoding.
	if got := gen(7, 1e-9); !slices.Equal(got, referenceTokens[:40]) {
		t.Errorf("top-p 1e-9 gave %v, want the greedy tokens", got)
	}
}

func TestGenerateStreamMatchesResult(t *testing.T) {
	m := testModel(t)
	var ids []int
	var text strings.Builder
	res, err := m.GenerateStream(context.Background(), "Once upon a time", Options{MaxTokens: 50, Temperature: 0.8, Seed: 1},
		func(tok Token) error {
			ids = append(ids, tok.ID)
			text.WriteString(tok.Text)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, res.Tokens) || text.String() != res.Text {
		t.Errorf("streamed %v %q, result %v %q", ids, text.String(), res.Tokens, res.Text)
	}
}

func TestGenerateStop(t *testing.T) {
	m := testModel(t)
	var streamed strings.Builder
	res, err := m.GenerateStream(context.Background(), "Once upon a time", Options{MaxTokens: 100, Stop: []string{"Lily."}},
		func(tok Token) error { streamed.WriteString(tok.Text); return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := ", there was a little girl named "
	if res.Text != want || streamed.String() != want || res.FinishReason != FinishStop {
		t.Errorf("text %q streamed %q finish %q, want %q and stop", res.Text, streamed.String(), res.FinishReason, want)
	}
}

func TestGenerateCancel(t *testing.T) {
	m := testModel(t)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	res, err := m.GenerateStream(ctx, "Once upon a time", Options{MaxTokens: 200}, func(Token) error {
		if n++; n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if len(res.Tokens) != 5 || !slices.Equal(res.Tokens, referenceTokens[:5]) {
		t.Errorf("after cancelling at token 5 got %v", res.Tokens)
	}

	if _, err := m.Generate(ctx, "Once upon a time", Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v, want context.Canceled", err)
	}
	stop := errors.New("client went away")
	if _, err := m.GenerateStream(context.Background(), "Hi", Options{MaxTokens: 10}, func(Token) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("callback error: got %v, want it returned", err)
	}
}

// Streaming never splits a UTF-8 character that byte tokens spell out over several steps, and
// holds back text that may be the start of a stop string.
func TestTextStreamHoldsBack(t *testing.T) {
	tok := testModel(t).Tokenizer
	ids := tok.Encode("☃", false)[1:] // the three byte tokens of ☃
	s := textStream{tok: tok}
	var got []string
	for _, id := range ids {
		s.add(id)
		got = append(got, s.take(false))
	}
	if !slices.Equal(got, []string{"", "", "☃"}) {
		t.Errorf("byte tokens streamed as %q, want \"\", \"\", \"☃\"", got)
	}

	s = textStream{tok: tok, stop: []string{"girl named"}}
	var sent string
	for _, id := range tok.Encode("a little girl", false) {
		s.add(id)
		sent += s.take(false)
	}
	if rest := s.take(true); sent != " a little " || rest != "girl" {
		t.Errorf("with stop %q streamed %q then %q, want \" a little \" then \"girl\"", s.stop[0], sent, rest)
	}
}

func TestGenerateBadOptions(t *testing.T) {
	m := testModel(t)
	for _, opts := range []Options{{MaxTokens: -1}, {Temperature: -0.5}, {TopP: 1.5}, {TopP: -1}} {
		if _, err := m.Generate(context.Background(), "Hi", opts); err == nil {
			t.Errorf("options %+v accepted", opts)
		}
	}
}

// One Model serves concurrent generations: each keeps its own KV cache.
func TestGenerateConcurrent(t *testing.T) {
	m := testModel(t)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			res, err := m.Generate(context.Background(), "Once upon a time", Options{MaxTokens: len(referenceTokens)})
			if err == nil && !slices.Equal(res.Tokens, referenceTokens) {
				err = errors.New("concurrent generation diverged: " + res.Text)
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
