// Package engines is the catalogue of serving engines a job can run a model with (the reference
// runtime, llama.cpp, vLLM, the reference trainer), and turns a catalogue entry and a model
// repository into the container to start: image, argv, environment, port and probes.
package engines

import (
	"bytes"
	_ "embed"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Formats of model weights.
const (
	FormatGGUF        = "gguf"
	FormatSafetensors = "safetensors"
)

// Kinds of engine: a service answers HTTP until stopped; a batch job runs to completion.
const (
	KindService = "service"
	KindBatch   = "batch"
)

// QueueHeader is the response header in which a provider's agent tells the gateway how many
// requests wait in the engine that answered (its queue_metric, scraped a moment before); the
// gateway balances on it and strips it from the answer. Absent when the engine has no queue
// gauge, or it could not be read.
const QueueHeader = "X-Gintonic-Queue"

// ModelMount is where the model repository is mounted, read-only, in every engine's container.
const ModelMount = "/repository"

// Engine is one catalogue entry.
type Engine struct {
	Name         string            `yaml:"-"`
	Description  string            `yaml:"description"`
	Kind         string            `yaml:"kind"`
	Image        string            `yaml:"image"`
	Formats      []string          `yaml:"formats"`
	DefaultFor   []string          `yaml:"default_for"` // formats this engine serves when a job names none
	Port         uint16            `yaml:"port"`        // container port; 0 for a batch job
	HealthPath   string            `yaml:"health"`
	MetricsPath  string            `yaml:"metrics"`
	QueueMetric  string            `yaml:"queue_metric"` // Prometheus gauge of requests waiting; "" when none
	Args         []string          `yaml:"args"`         // templates, one argv element each
	Env          map[string]string `yaml:"env"`          // value templates
	NeedsGPU     bool              `yaml:"gpu"`
	DefaultSlots int               `yaml:"default_slots"` // parallel slots when the input names none
}

// Serves says whether e serves weights of format.
func (e Engine) Serves(format string) bool { return slices.Contains(e.Formats, format) }

//go:embed catalogue.yaml
var catalogueYAML []byte

var (
	loadOnce sync.Once
	loaded   []Engine
	loadErr  error
)

// catalogue returns the embedded catalogue, parsed and checked once.
func catalogue() ([]Engine, error) {
	loadOnce.Do(func() { loaded, loadErr = parseCatalogue(catalogueYAML) })
	return loaded, loadErr
}

// Catalogue returns every engine, sorted by name. The embedded catalogue is checked by the
// package's tests, so a malformed one cannot ship; should it fail anyway, Catalogue panics.
func Catalogue() []Engine {
	es, err := catalogue()
	if err != nil {
		panic(err)
	}
	out := make([]Engine, len(es))
	for i, e := range es {
		out[i] = e.clone()
	}
	return out
}

// Lookup returns the engine called name.
func Lookup(name string) (Engine, error) {
	es := Catalogue()
	for _, e := range es {
		if e.Name == name {
			return e, nil
		}
	}
	return Engine{}, fmt.Errorf("unknown engine %q (known: %s)", name, strings.Join(names(es), ", "))
}

// ForFormat returns the engine that serves format when a job names none: the one whose
// default_for lists it (gintonic for gguf, vllm for safetensors).
func ForFormat(format string) (Engine, error) {
	for _, e := range Catalogue() {
		if slices.Contains(e.DefaultFor, format) {
			return e, nil
		}
	}
	return Engine{}, fmt.Errorf("no engine serves %q weights by default (formats: %s, %s)", format, FormatGGUF, FormatSafetensors)
}

func names(es []Engine) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return out
}

func (e Engine) clone() Engine {
	e.Formats = slices.Clone(e.Formats)
	e.DefaultFor = slices.Clone(e.DefaultFor)
	e.Args = slices.Clone(e.Args)
	e.Env = maps.Clone(e.Env)
	if e.Env == nil {
		e.Env = map[string]string{}
	}
	return e
}

// parseCatalogue decodes a catalogue (unknown fields are errors, so a typo cannot pass as an
// empty field) and checks every entry.
func parseCatalogue(b []byte) ([]Engine, error) {
	var doc struct {
		Engines map[string]Engine `yaml:"engines"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("engine catalogue: %w", err)
	}
	if len(doc.Engines) == 0 {
		return nil, fmt.Errorf("engine catalogue: no engines")
	}
	var es []Engine
	defaults := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(doc.Engines)) {
		e := doc.Engines[name]
		e.Name = name
		if err := e.validate(); err != nil {
			return nil, fmt.Errorf("engine catalogue: %w", err)
		}
		for _, f := range e.DefaultFor {
			if other, ok := defaults[f]; ok {
				return nil, fmt.Errorf("engine catalogue: both %s and %s are the default for %s", other, name, f)
			}
			defaults[f] = name
		}
		es = append(es, e)
	}
	return es, nil
}

var engineName = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

// validate checks one entry: what the agent needs to run it and probe it, and templates that
// expand.
func (e Engine) validate() error {
	if !engineName.MatchString(e.Name) {
		return fmt.Errorf("engine name %q: want lower-case letters, digits and dashes", e.Name)
	}
	if e.Image == "" || strings.ContainsAny(e.Image, " \t\n") {
		return fmt.Errorf("engine %s: image %q is empty or has spaces", e.Name, e.Image)
	}
	if len(e.Formats) == 0 {
		return fmt.Errorf("engine %s: no formats", e.Name)
	}
	for _, f := range e.Formats {
		if f != FormatGGUF && f != FormatSafetensors {
			return fmt.Errorf("engine %s: unknown format %q (want %s or %s)", e.Name, f, FormatGGUF, FormatSafetensors)
		}
	}
	for _, f := range e.DefaultFor {
		if !e.Serves(f) {
			return fmt.Errorf("engine %s: default for %s, which it does not serve", e.Name, f)
		}
	}
	switch e.Kind {
	case KindService:
		if e.Port == 0 {
			return fmt.Errorf("engine %s: a service needs a port", e.Name)
		}
		if !strings.HasPrefix(e.HealthPath, "/") {
			return fmt.Errorf("engine %s: health route %q does not start with /", e.Name, e.HealthPath)
		}
		if e.MetricsPath != "" && !strings.HasPrefix(e.MetricsPath, "/") {
			return fmt.Errorf("engine %s: metrics route %q does not start with /", e.Name, e.MetricsPath)
		}
	case KindBatch:
		if e.Port != 0 || e.HealthPath != "" || len(e.DefaultFor) > 0 {
			return fmt.Errorf("engine %s: a batch job has no port, health route or default format", e.Name)
		}
	default:
		return fmt.Errorf("engine %s: kind %q (want %s or %s)", e.Name, e.Kind, KindService, KindBatch)
	}
	if e.DefaultSlots < 0 {
		return fmt.Errorf("engine %s: default_slots %d is negative", e.Name, e.DefaultSlots)
	}
	for _, a := range e.Args {
		if err := e.checkTemplate(a); err != nil {
			return fmt.Errorf("engine %s: argument %q: %w", e.Name, a, err)
		}
	}
	for k, v := range e.Env {
		if !envName.MatchString(k) {
			return fmt.Errorf("engine %s: environment variable name %q", e.Name, k)
		}
		if err := e.checkTemplate(v); err != nil {
			return fmt.Errorf("engine %s: environment %s=%q: %w", e.Name, k, v, err)
		}
	}
	return nil
}

var envName = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)
