package llama

import (
	"context"
	"fmt"
	"math"
)

// LogProb is the natural-log probability the model gives text (every token after BOS) and the
// number of tokens scored. It lets callers compare models on the same text.
func (m *Model) LogProb(ctx context.Context, text string) (float64, int, error) {
	ids := m.Tokenizer.Encode(text, true)
	if len(ids) > m.Config.Context {
		return 0, 0, fmt.Errorf("log-prob: %d tokens exceed the context of %d", len(ids), m.Config.Context)
	}
	st := m.newState(len(ids))
	var lp float64
	for i, id := range ids[:len(ids)-1] {
		if err := ctx.Err(); err != nil {
			return 0, 0, fmt.Errorf("log-prob: %w", err)
		}
		logits, err := st.forward(id)
		if err != nil {
			return 0, 0, fmt.Errorf("log-prob: %w", err)
		}
		lp += logSoftmaxAt(logits, ids[i+1])
	}
	return lp, len(ids) - 1, nil
}

// logSoftmaxAt is log(softmax(logits)[i]) computed without overflow.
func logSoftmaxAt(logits []float32, i int) float64 {
	mx := float64(logits[argmax(logits)])
	var sum float64
	for _, l := range logits {
		sum += math.Exp(float64(l) - mx)
	}
	return float64(logits[i]) - mx - math.Log(sum)
}
