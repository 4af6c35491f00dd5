package llama

import (
	"context"
	"errors"
	"fmt"
	"math"
)

// TrainOptions control FineTune.
type TrainOptions struct {
	Steps        int     // full-batch optimisation steps (required, > 0)
	LearningRate float64 // Adam step size (required, > 0); 1e-2 suits small models
	// OnStep, when set, receives the mean next-token cross-entropy (nats per token) of the
	// training text measured before each step's update; step counts from 1.
	OnStep func(step int, loss float64)
}

// FineTune trains the output projection on text and returns the tuned model; m is left
// unchanged and the two share every other weight. The transformer stays frozen, so its
// final hidden states are computed once; each step then minimises the mean cross-entropy of
// predicting every next token of text (after BOS) with Adam. A model whose output was tied
// to token_embd gets its own output.weight, which Save writes out.
func (m *Model) FineTune(ctx context.Context, text string, opts TrainOptions) (*Model, error) {
	if opts.Steps <= 0 || opts.LearningRate <= 0 || math.IsNaN(opts.LearningRate) {
		return nil, fmt.Errorf("fine-tune: steps (%d) and learning rate (%g) must be positive", opts.Steps, opts.LearningRate)
	}
	ids := m.Tokenizer.Encode(text, true)
	if len(ids) < 2 {
		return nil, errors.New("fine-tune: text is empty: nothing to learn")
	}
	hidden, targets, err := m.hiddenStates(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("fine-tune: %w", err)
	}
	c := m.Config
	w := make([]float32, len(m.output))
	copy(w, m.output)
	opt := newAdam(len(w), opts.LearningRate)
	grad := make([]float32, len(w))
	logits := make([]float32, c.Vocab)
	for step := 1; step <= opts.Steps; step++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("fine-tune: step %d: %w", step, err)
		}
		clear(grad)
		var loss float64
		inv := 1 / float32(len(targets))
		for t, y := range targets {
			h := hidden[t*c.Dim : (t+1)*c.Dim]
			matmul(logits, h, w)
			softmax(logits)
			loss -= math.Log(math.Max(float64(logits[y]), 1e-30))
			// d(cross-entropy)/d(logits) = p - onehot(y); each row of W gets that times h.
			logits[y]--
			for v, g := range logits {
				axpy(grad[v*c.Dim:(v+1)*c.Dim], g*inv, h)
			}
		}
		if opts.OnStep != nil {
			opts.OnStep(step, loss/float64(len(targets)))
		}
		opt.step(w, grad)
	}
	tuned := *m
	tuned.output, tuned.tied = w, false
	return &tuned, nil
}

// hiddenStates runs ids through the frozen model in context-sized windows and returns the
// final hidden state before each next token ([len(targets)][Dim]) and those targets.
func (m *Model) hiddenStates(ctx context.Context, ids []int) ([]float32, []int, error) {
	dim := m.Config.Dim
	var hidden []float32
	var targets []int
	for start := 0; start+1 < len(ids); start += m.Config.Context - 1 {
		window := ids[start:min(len(ids), start+m.Config.Context)]
		st := m.newState(len(window))
		for i, id := range window[:len(window)-1] {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			h, err := st.hidden(id)
			if err != nil {
				return nil, nil, err
			}
			hidden = append(hidden, h[:dim]...)
			targets = append(targets, window[i+1])
		}
	}
	return hidden, targets, nil
}

// adam is the Adam optimiser (Kingma & Ba) with the usual β1 0.9, β2 0.999.
type adam struct {
	lr     float64
	t      int
	mo, ve []float32
}

func newAdam(n int, lr float64) *adam {
	return &adam{lr: lr, mo: make([]float32, n), ve: make([]float32, n)}
}

func (a *adam) step(w, grad []float32) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	a.t++
	c1 := 1 - math.Pow(b1, float64(a.t))
	c2 := 1 - math.Pow(b2, float64(a.t))
	for i, g := range grad {
		a.mo[i] = b1*a.mo[i] + (1-b1)*g
		a.ve[i] = b2*a.ve[i] + (1-b2)*g*g
		mhat := float64(a.mo[i]) / c1
		vhat := float64(a.ve[i]) / c2
		w[i] -= float32(a.lr * mhat / (math.Sqrt(vhat) + eps))
	}
}
