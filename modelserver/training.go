package modelserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/gintonic/gintonic/llama"
)

// trainingText is the text a training file teaches. OpenAI-style JSONL, where every line is
// an example ({"messages": [...]}, {"prompt", "completion"} or {"text"}), becomes the
// examples one after another, chats rendered with the chat template; anything else is
// trained on as it is.
func trainingText(data []byte) string {
	var examples []string
	for line := range bytes.Lines(data) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		ex, ok := jsonlExample(line)
		if !ok {
			return string(data)
		}
		examples = append(examples, ex)
	}
	if len(examples) == 0 {
		return string(data)
	}
	return strings.Join(examples, "\n")
}

func jsonlExample(line []byte) (string, bool) {
	var ex struct {
		Messages   []chatMessage `json:"messages"`
		Prompt     *string       `json:"prompt"`
		Completion *string       `json:"completion"`
		Text       *string       `json:"text"`
	}
	if line[0] != '{' || json.Unmarshal(line, &ex) != nil {
		return "", false
	}
	switch {
	case len(ex.Messages) > 0:
		t, err := chatTranscript(ex.Messages)
		return strings.TrimSuffix(t, "\n"), err == nil
	case ex.Prompt != nil && ex.Completion != nil:
		return *ex.Prompt + *ex.Completion, true
	case ex.Text != nil:
		return *ex.Text, true
	}
	return "", false
}

// TrainRun is a one-off fine-tuning run outside the server (gin-runtime -mode train).
type TrainRun struct {
	ModelPath    string  // base model GGUF
	TrainingFile string  // plain text or OpenAI-style JSONL
	Output       string  // where the tuned GGUF goes
	Steps        int     // full-batch training steps
	LearningRate float64 // Adam step size
	Logger       *slog.Logger
}

// Train fine-tunes the model at run.ModelPath on run.TrainingFile, logging the loss of every
// step, and saves the result at run.Output.
func Train(ctx context.Context, run TrainRun) error {
	log := run.Logger
	if log == nil {
		log = slog.Default()
	}
	data, err := os.ReadFile(run.TrainingFile)
	if err != nil {
		return fmt.Errorf("train: read training file: %w", err)
	}
	m, err := llama.Load(run.ModelPath)
	if err != nil {
		return fmt.Errorf("train: load base model: %w", err)
	}
	start := time.Now()
	tuned, err := m.FineTune(ctx, trainingText(data), llama.TrainOptions{Steps: run.Steps, LearningRate: run.LearningRate,
		OnStep: func(step int, loss float64) { log.Info("training", "step", step, "steps", run.Steps, "loss", loss) }})
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := tuned.Save(run.Output); err != nil {
		return fmt.Errorf("train: save tuned model: %w", err)
	}
	log.Info("trained", "output", run.Output, "took", time.Since(start).Round(time.Millisecond))
	return nil
}
