package modelserver

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gintonic/gintonic/llama"
)

// tunedPrefix starts every fine-tuned model id, as OpenAI's "ft:" ids do.
const tunedPrefix = "ft:"

var modelIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`)

// validModelID keeps ids usable as file names: no separators, no leading dot.
func validModelID(id string) bool { return modelIDPattern.MatchString(id) }

// baseNamePattern is validModelID with one slash allowed: the base model is named as on the
// Hugging Face Hub ("org/name"), and its name is never a file name.
var baseNamePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,95}(/[A-Za-z0-9][A-Za-z0-9._:-]{0,95})?$`)

// registry holds the base model and the fine-tuned ones, which live as <id>.gguf in dir and
// are loaded on first use.
type registry struct {
	dir string

	mu       sync.Mutex
	base     *llama.Model
	baseName string
	created  int64
	loaded   map[string]*llama.Model
}

func newRegistry(dir string) *registry {
	return &registry{dir: dir, loaded: map[string]*llama.Model{}}
}

// setBase names the model the runtime serves first. The name may be a fine-tuned model's id
// ("ft:..."): a tuned model deployed on its own keeps the id its clients know.
func (r *registry) setBase(name string, m *llama.Model) error {
	if !baseNamePattern.MatchString(name) || strings.Contains(name, "..") {
		return fmt.Errorf("modelserver: model name %q: use letters, digits and . _ - :, and at most one / (org/name)", name)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.base, r.baseName, r.created = m, name, time.Now().Unix()
	return nil
}

func (r *registry) baseID() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.baseName
}

func (r *registry) path(id string) string { return filepath.Join(r.dir, id+".gguf") }

// get returns the model called id; an empty id means the base model.
func (r *registry) get(id string) (*llama.Model, string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if id == "" || id == r.baseName {
		return r.base, r.baseName, nil
	}
	if m, ok := r.loaded[id]; ok {
		return m, id, nil
	}
	unknown := notFound("model", "model_not_found", "the model %q does not exist; GET /v1/models lists %q and the fine-tuned models", id, r.baseName)
	if !strings.HasPrefix(id, tunedPrefix) || !validModelID(id) {
		return nil, "", unknown
	}
	m, err := llama.Load(r.path(id))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "", unknown
	}
	if err != nil {
		return nil, "", fmt.Errorf("load fine-tuned model %s: %w", id, err)
	}
	r.loaded[id] = m
	return m, id, nil
}

// add saves a fine-tuned model under id and keeps it loaded.
func (r *registry) add(id string, m *llama.Model) error {
	if err := m.Save(r.path(id)); err != nil {
		return fmt.Errorf("save fine-tuned model %s: %w", id, err)
	}
	r.mu.Lock()
	r.loaded[id] = m
	r.mu.Unlock()
	return nil
}

// remove forgets a fine-tuned model and deletes its file.
func (r *registry) remove(id string) error {
	if !strings.HasPrefix(id, tunedPrefix) || !validModelID(id) {
		return nil
	}
	r.mu.Lock()
	if id == r.baseName {
		r.mu.Unlock()
		return nil
	}
	delete(r.loaded, id)
	r.mu.Unlock()
	if err := os.Remove(r.path(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete fine-tuned model %s: %w", id, err)
	}
	return nil
}

// modelObject is OpenAI's model object.
type modelObject struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Created int64  `json:"created"`
	OwnedBy string `json:"owned_by"`
}

// list is the base model, then the fine-tuned models on disk by id.
func (r *registry) list() ([]modelObject, error) {
	r.mu.Lock()
	out := []modelObject{{ID: r.baseName, Object: "model", Created: r.created, OwnedBy: "gintonic"}}
	r.mu.Unlock()
	entries, err := os.ReadDir(r.dir)
	if err != nil {
		return nil, fmt.Errorf("list fine-tuned models: %w", err)
	}
	var tuned []modelObject
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".gguf")
		if !ok || e.IsDir() || !strings.HasPrefix(id, tunedPrefix) {
			continue
		}
		var created int64
		if info, err := e.Info(); err == nil {
			created = info.ModTime().Unix()
		}
		tuned = append(tuned, modelObject{ID: id, Object: "model", Created: created, OwnedBy: "user"})
	}
	slices.SortFunc(tuned, func(a, b modelObject) int { return strings.Compare(a.ID, b.ID) })
	return append(out, tuned...), nil
}

func (s *Server) listModels(w http.ResponseWriter, _ *http.Request) {
	models, err := s.models.list()
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	writeJSON(w, http.StatusOK, listObject[modelObject]{Object: "list", Data: models})
}

func (s *Server) getModel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("model")
	models, err := s.models.list()
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	for _, m := range models {
		if m.ID == id {
			writeJSON(w, http.StatusOK, m)
			return
		}
	}
	writeError(w, s.log, notFound("model", "model_not_found", "the model %q does not exist", id))
}

// listObject is OpenAI's list envelope; HasMore is set for cursor-paged lists.
type listObject[T any] struct {
	Object  string `json:"object"`
	Data    []T    `json:"data"`
	HasMore *bool  `json:"has_more,omitempty"`
}
