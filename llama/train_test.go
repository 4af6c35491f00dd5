package llama

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// trainText is something the base model would never write.
const trainText = "Once upon a time, there was a purple dragon called Zog who ate green apples."

func TestFineTuneLearnsText(t *testing.T) {
	m := testModel(t)
	ctx := context.Background()
	var losses []float64
	tuned, err := m.FineTune(ctx, trainText, TrainOptions{Steps: 30, LearningRate: 0.01,
		OnStep: func(step int, loss float64) { losses = append(losses, loss) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(losses) != 30 {
		t.Fatalf("%d loss reports for 30 steps", len(losses))
	}
	t.Logf("loss: first %.4f, step 10 %.4f, last %.4f", losses[0], losses[9], losses[29])
	if losses[29] > losses[0]/4 {
		t.Errorf("loss fell from %.4f only to %.4f", losses[0], losses[29])
	}
	for i := 1; i < len(losses); i++ {
		if losses[i] > losses[i-1]+1e-6 {
			t.Errorf("loss rose at step %d: %.5f -> %.5f", i+1, losses[i-1], losses[i])
		}
	}

	before, n, _ := m.LogProb(ctx, trainText)
	after, _, _ := tuned.LogProb(ctx, trainText)
	t.Logf("log-prob of the training text (%d tokens): %.2f before, %.2f after", n, before, after)
	if after < before/4 {
		t.Errorf("log-prob of the training text went from %.2f to only %.2f", before, after)
	}

	want := strings.TrimPrefix(trainText, "Once upon a time")
	res, err := tuned.Generate(ctx, "Once upon a time", Options{MaxTokens: 60})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Text, want) {
		t.Errorf("tuned greedy continuation %q, want it to start with %q", res.Text, want)
	}
	if base, _ := m.Generate(ctx, "Once upon a time", Options{MaxTokens: 30}); strings.Contains(base.Text, "Zog") {
		t.Errorf("fine-tuning changed the base model: %q", base.Text)
	}
}

func TestFineTuneSaveLoad(t *testing.T) {
	m := testModel(t)
	ctx := context.Background()
	tuned, err := m.FineTune(ctx, trainText, TrainOptions{Steps: 20, LearningRate: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tuned.gguf")
	if err := tuned.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := tuned.Generate(ctx, "Once upon a time", Options{MaxTokens: 30})
	b, _ := back.Generate(ctx, "Once upon a time", Options{MaxTokens: 30})
	if !slices.Equal(a.Tokens, b.Tokens) {
		t.Errorf("reloaded model generates %q, tuned one %q", b.Text, a.Text)
	}
}

// A model whose output projection is tied to the token embedding gets its own output.weight
// when tuned; the embedding itself stays as it was.
func TestFineTuneTiedOutput(t *testing.T) {
	m := testModel(t)
	f := m.GGUF()
	f.Tensors = slices.DeleteFunc(f.Tensors, func(t Tensor) bool { return t.Name == "output.weight" })
	tied, err := FromGGUF(f)
	if err != nil {
		t.Fatal(err)
	}
	if !tied.tied {
		t.Fatal("model without output.weight is not tied")
	}
	embd := slices.Clone(tied.embd)
	tuned, err := tied.FineTune(context.Background(), trainText, TrainOptions{Steps: 5, LearningRate: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tied.embd, embd) || !slices.Equal(tuned.embd, embd) {
		t.Error("fine-tuning a tied model changed token_embd")
	}
	if _, ok := tuned.GGUF().Tensor("output.weight"); !ok {
		t.Error("tuned tied model has no output.weight to save")
	}
}

func TestFineTuneErrors(t *testing.T) {
	m := testModel(t)
	tests := []struct {
		name string
		text string
		opts TrainOptions
		want string
	}{
		{"no steps", trainText, TrainOptions{LearningRate: 0.01}, "must be positive"},
		{"no rate", trainText, TrainOptions{Steps: 3}, "must be positive"},
		{"empty text", "", TrainOptions{Steps: 3, LearningRate: 0.01}, "empty"},
	}
	for _, tt := range tests {
		if _, err := m.FineTune(context.Background(), tt.text, tt.opts); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.FineTune(ctx, trainText, TrainOptions{Steps: 3, LearningRate: 0.01}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want context.Canceled", err)
	}
}
