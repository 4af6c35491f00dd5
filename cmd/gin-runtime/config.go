package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Config is gin-runtime's configuration: flags, each with an environment fallback. The
// provider agent sets HOST and PORT.
type Config struct {
	Mode      string // serve or train
	Listen    string
	ModelPath string
	ModelName string
	ModelsDir string
	Grace     time.Duration
	Slots     int // generations at once (0: one per CPU the process may use)

	// train mode
	TrainFile    string
	TrainText    string // the training text itself; run writes it to a file in ModelsDir
	Steps        int
	LearningRate float64
	Output       string
}

func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (*Config, error) {
	fs := flag.NewFlagSet("gin-runtime", flag.ContinueOnError)
	fs.SetOutput(stderr)
	str := func(name, env, def, usage string) *string {
		if v := getenv(env); v != "" {
			def = v
		}
		return fs.String(name, def, fmt.Sprintf("%s (env %s)", usage, env))
	}
	host, port := getenv("HOST"), getenv("PORT")
	if host == "" {
		host = "0.0.0.0"
	}
	if port == "" {
		port = "8080"
	}
	mode := str("mode", "GIN_MODE", "serve", "serve: answer the API; train: fine-tune once on -train-file and exit")
	listen := fs.String("listen", net.JoinHostPort(host, port), "address to serve on (default from env HOST and PORT)")
	model := str("model", "MODEL_PATH", "", "base model GGUF file (the provider agent sets MODEL_PATH for a job of a model)")
	name := str("model-name", "MODEL_NAME", "", "base model id in the API (default: the GGUF's general.name or the file name)")
	dir := str("models-dir", "MODELS_DIR", "/tmp/models", "directory for fine-tuned models and uploaded files")
	grace := str("shutdown-grace", "SHUTDOWN_GRACE", "10s", "how long requests in flight get at shutdown")
	slots := str("slots", "GIN_SLOTS", "0", "generations run at once, the others wait in the queue the gateway balances on (0: one per CPU the container gets)")
	trainFile := str("train-file", "TRAIN_FILE", "", "train mode: training text or JSONL file")
	steps := str("steps", "TRAIN_STEPS", "30", "train mode: training steps")
	lr := str("learning-rate", "LEARNING_RATE", "0.01", "train mode: learning rate")
	trainText := str("train-text", "TRAIN_TEXT", "", "train mode: the training text itself, instead of -train-file (a marketplace batch job passes it in its environment)")
	output := str("output", "TRAIN_OUTPUT", "", "train mode: tuned GGUF path (default: $OUTPUT_DIR/model.gguf in a batch job, else <models-dir>/ft:<model>:<time>.gguf)")
	outputDir := getenv("OUTPUT_DIR")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (gin-runtime takes only flags)", fs.Arg(0))
	}
	c := &Config{Mode: *mode, Listen: *listen, ModelPath: *model, ModelName: *name, ModelsDir: *dir,
		TrainFile: *trainFile, TrainText: *trainText, Output: *output}
	if c.ModelPath == "" {
		// The image carries no model: one image serves whatever GGUF a job names.
		return nil, errors.New("no model: gin-runtime serves (or, in train mode, fine-tunes) the GGUF file named by -model or MODEL_PATH, " +
			"and its image holds none. On Gintonic, submit a job of a model (gin jobs submit --model hf://<org>/<name>, e.g. " +
			"hf://gintonic/tinystories-260k): the provider's agent mounts it read-only and sets MODEL_PATH and MODEL_NAME. " +
			"A custom image built on gin-runtime must bring its own GGUF and set MODEL_PATH to it")
	}
	if c.ModelsDir == "" {
		return nil, fmt.Errorf("no models directory: set -models-dir or MODELS_DIR")
	}
	var err error
	if c.Grace, err = time.ParseDuration(*grace); err != nil || c.Grace < 0 {
		return nil, fmt.Errorf("-shutdown-grace: %q is not a duration like 10s", *grace)
	}
	if c.Slots, err = strconv.Atoi(*slots); err != nil || c.Slots < 0 || c.Slots > 1024 {
		return nil, fmt.Errorf("-slots: %q is not a whole number from 0 (one per CPU) to 1024", *slots)
	}
	switch c.Mode {
	case "serve":
		if _, _, err := net.SplitHostPort(c.Listen); err != nil {
			return nil, fmt.Errorf("-listen %q: want host:port (or set HOST and PORT)", c.Listen)
		}
	case "train":
		if c.TrainFile == "" && c.TrainText == "" {
			return nil, fmt.Errorf("train mode needs -train-file (TRAIN_FILE) or -train-text (TRAIN_TEXT)")
		}
		if c.TrainFile != "" && c.TrainText != "" {
			return nil, fmt.Errorf("train mode takes -train-file or -train-text, not both")
		}
		if c.Steps, err = strconv.Atoi(*steps); err != nil || c.Steps < 1 {
			return nil, fmt.Errorf("-steps: %q is not a positive whole number", *steps)
		}
		if c.LearningRate, err = strconv.ParseFloat(*lr, 64); err != nil || !(c.LearningRate > 0) {
			return nil, fmt.Errorf("-learning-rate: %q is not a positive number", *lr)
		}
		if c.Output == "" && outputDir != "" {
			c.Output = filepath.Join(outputDir, "model.gguf")
		}
		if c.Output == "" {
			stem := c.ModelName
			if stem == "" {
				stem = strings.TrimSuffix(filepath.Base(c.ModelPath), filepath.Ext(c.ModelPath))
			}
			c.Output = filepath.Join(c.ModelsDir, fmt.Sprintf("ft:%s:%d.gguf", stem, time.Now().Unix()))
		}
	default:
		return nil, fmt.Errorf("-mode %q: want serve or train", c.Mode)
	}
	return c, nil
}
