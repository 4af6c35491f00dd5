package engines

import (
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Input is what a job brings to an engine: the model repository and how to serve it.
type Input struct {
	ModelDir   string // host directory holding the repository; mounted read-only at ModelMount
	ModelFile  string // gguf engines: the GGUF file's path in the repository (see PickGGUF)
	Format     string // the repository's format (see FormatOf); "": gguf when ModelFile is set, else safetensors
	ServedName string // the model id clients use, e.g. "org/name"
	GPUs       int    // GPUs the job has; tensor parallelism for vllm
	Slots      int    // parallel request slots (llama.cpp -np); 0: the engine's default

	TrainText  string // batch trainer: the training text (passed in the environment)
	TrainSteps int    // batch trainer: training steps; 0: the trainer's default
}

// Container is how to run an engine for one job.
type Container struct {
	Image       string
	Cmd         []string          // arguments after the image's entrypoint, one argv element each
	Env         map[string]string // the agent adds HOST, PORT and, for a batch job, OUTPUT_DIR
	Port        uint16            // 0 for a batch job
	HealthPath  string
	MetricsPath string
	QueueMetric string
	ModelDir    string // host directory to mount read-only at ModelMount
	ModelMount  string
	NeedsGPU    bool
	Batch       bool // runs to completion instead of serving
}

// Bounds on client input.
const (
	maxGPUs       = 64
	maxSlots      = 256
	maxTrainSteps = 1_000_000
	// maxTrainText keeps TRAIN_TEXT=<text> under Linux's 128 KiB limit on one environment
	// string (MAX_ARG_STRLEN), beyond which the container's exec fails.
	maxTrainText = 120 << 10
)

// servedName is a Hugging Face-like id: letters, digits and . _ - / : (a fine-tuned model is
// ft:<base>:<suffix>:<job>), starting with a letter or digit, so that it can be neither an option
// nor a path out of its place.
var servedName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$`)

// Container returns the container that runs e for in, or an error that says what is wrong with
// in. Client input only ever fills a placeholder inside one argv element or environment value.
func (e Engine) Container(in Input) (Container, error) {
	vars, err := e.vars(in)
	if err != nil {
		return Container{}, fmt.Errorf("engine %s: %w", e.Name, err)
	}
	c := Container{Image: e.Image, Cmd: []string{}, Env: map[string]string{}, Port: e.Port, HealthPath: e.HealthPath,
		MetricsPath: e.MetricsPath, QueueMetric: e.QueueMetric, ModelDir: in.ModelDir, ModelMount: ModelMount,
		NeedsGPU: e.NeedsGPU, Batch: e.Kind == KindBatch}
	for _, a := range e.Args {
		s, err := expand(a, vars)
		if err != nil {
			return Container{}, fmt.Errorf("engine %s: argument %q: %w", e.Name, a, err)
		}
		c.Cmd = append(c.Cmd, s)
	}
	for k, v := range e.Env {
		s, err := expand(v, vars)
		if err != nil {
			return Container{}, fmt.Errorf("engine %s: environment %s: %w", e.Name, k, err)
		}
		if s != "" { // an optional value left out lets the image use its default
			c.Env[k] = s
		}
	}
	return c, nil
}

// vars checks in against e and returns the placeholder values.
func (e Engine) vars(in Input) (map[string]string, error) {
	if !filepath.IsAbs(in.ModelDir) || filepath.Clean(in.ModelDir) != in.ModelDir || strings.ContainsAny(in.ModelDir, ":,\n") {
		return nil, fmt.Errorf("model directory %q is not a clean absolute path", in.ModelDir)
	}
	format := in.Format
	if format == "" {
		format = FormatSafetensors
		if in.ModelFile != "" {
			format = FormatGGUF
		}
	}
	if format != FormatGGUF && format != FormatSafetensors {
		return nil, fmt.Errorf("unknown model format %q (want %s or %s)", format, FormatGGUF, FormatSafetensors)
	}
	if !e.Serves(format) {
		return nil, fmt.Errorf("it serves %s, not %s weights; engines for %s: %s", strings.Join(e.Formats, ", "), format, format, strings.Join(servers(format), ", "))
	}
	vars := map[string]string{"model_dir": ModelMount}
	switch {
	case format == FormatGGUF && in.ModelFile == "":
		return nil, fmt.Errorf("no GGUF file named: a GGUF repository needs the file to serve (see PickGGUF)")
	case format == FormatGGUF:
		if err := checkModelFile(in.ModelFile); err != nil {
			return nil, err
		}
		vars["model_file"] = ModelMount + "/" + in.ModelFile
	case in.ModelFile != "":
		return nil, fmt.Errorf("a GGUF file (%q) was named for %s weights", in.ModelFile, format)
	}

	if in.GPUs < 0 || in.GPUs > maxGPUs {
		return nil, fmt.Errorf("%d GPUs: want 0 to %d", in.GPUs, maxGPUs)
	}
	if e.NeedsGPU && in.GPUs == 0 {
		return nil, fmt.Errorf("it needs at least one GPU and the job has none")
	}
	vars["gpus"] = strconv.Itoa(in.GPUs)

	slots := in.Slots
	if slots == 0 {
		slots = max(e.DefaultSlots, 1)
	}
	if slots < 1 || slots > maxSlots {
		return nil, fmt.Errorf("%d slots: want 1 to %d", in.Slots, maxSlots)
	}
	vars["slots"] = strconv.Itoa(slots)

	if e.Kind == KindService {
		if !servedName.MatchString(in.ServedName) || strings.Contains(in.ServedName, "..") {
			return nil, fmt.Errorf("served model name %q: want 1 to 128 letters, digits and . _ - / : starting with a letter or digit, like org/name", in.ServedName)
		}
		if in.TrainText != "" || in.TrainSteps != 0 {
			return nil, fmt.Errorf("training text and steps are for the batch trainer, not a service")
		}
	} else {
		if in.ServedName != "" && !servedName.MatchString(in.ServedName) {
			return nil, fmt.Errorf("served model name %q: want letters, digits and . _ - / : starting with a letter or digit", in.ServedName)
		}
		if in.TrainText == "" || len(in.TrainText) > maxTrainText || strings.ContainsRune(in.TrainText, 0) || !utf8.ValidString(in.TrainText) {
			return nil, fmt.Errorf("training text: want 1 byte to %d KiB of UTF-8 text without NUL bytes, got %d bytes", maxTrainText>>10, len(in.TrainText))
		}
		if in.TrainSteps < 0 || in.TrainSteps > maxTrainSteps {
			return nil, fmt.Errorf("%d training steps: want 1 to %d, or 0 for the trainer's default", in.TrainSteps, maxTrainSteps)
		}
		vars["train_text"] = in.TrainText
		if in.TrainSteps > 0 {
			vars["train_steps"] = strconv.Itoa(in.TrainSteps)
		}
	}
	vars["served_name"] = in.ServedName
	return vars, nil
}

// checkModelFile accepts a clean relative path to a .gguf file inside the repository.
func checkModelFile(f string) error {
	bad := len(f) > 512 || path.Clean(f) != f || path.IsAbs(f) || f == ".." || strings.HasPrefix(f, "../") ||
		!strings.HasSuffix(strings.ToLower(f), ".gguf") || strings.HasPrefix(f, "-") || !utf8.ValidString(f)
	for _, r := range f {
		bad = bad || r < 0x20 || r == 0x7f || r == '\\'
	}
	if bad {
		return fmt.Errorf("GGUF file %q: want a clean path to a .gguf file inside the repository", f)
	}
	return nil
}

// servers names the engines that serve format.
func servers(format string) []string {
	var out []string
	for _, e := range Catalogue() {
		if e.Serves(format) {
			out = append(out, e.Name)
		}
	}
	return out
}

var placeholder = regexp.MustCompile(`\{([a-z_]+)\}`)

// placeholders are the names a catalogue template may use.
var placeholders = map[string]bool{"model_dir": true, "model_file": true, "served_name": true, "gpus": true,
	"slots": true, "train_text": true, "train_steps": true}

// checkTemplate accepts the placeholders that always have a value for e: {model_file} only
// where every format e serves is gguf, {train_*} only in a batch engine.
func (e Engine) checkTemplate(t string) error {
	for _, m := range placeholder.FindAllStringSubmatch(t, -1) {
		switch name := m[1]; {
		case !placeholders[name]:
			return fmt.Errorf("unknown placeholder {%s}", name)
		case name == "model_file" && (len(e.Formats) != 1 || e.Formats[0] != FormatGGUF):
			return fmt.Errorf("{model_file} in an engine that serves other formats than gguf")
		case strings.HasPrefix(name, "train_") && e.Kind != KindBatch:
			return fmt.Errorf("{%s} in an engine that is not a batch job", name)
		}
	}
	return nil
}

// expand fills the placeholders of t in one pass: a value is never expanded again, so client
// input that looks like a placeholder stays as it is. A known placeholder without a value (an
// optional one, like {train_steps}) expands to "".
func expand(t string, vars map[string]string) (string, error) {
	var err error
	s := placeholder.ReplaceAllStringFunc(t, func(m string) string {
		name := m[1 : len(m)-1]
		if !placeholders[name] {
			err = fmt.Errorf("unknown placeholder %s", m)
		}
		return vars[name]
	})
	return s, err
}
