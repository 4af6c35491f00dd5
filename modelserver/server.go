package modelserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gintonic/gintonic/llama"
)

// Config is what a Server needs; zero values take the defaults noted.
type Config struct {
	ModelPath    string       // the base model's GGUF file (required)
	ModelName    string       // the base model's id; default: the GGUF's general.name, else the file's stem
	ModelsDir    string       // where fine-tuned models and uploaded files go (required)
	MaxBodyBytes int64        // largest JSON request body; default 1 MiB
	MaxFileBytes int64        // largest uploaded file; default 16 MiB
	LearningRate float64      // learning rate that learning_rate_multiplier scales; default 0.01
	DefaultSteps int          // training steps when n_epochs is "auto"; default 30
	MaxSteps     int          // largest n_epochs accepted; default 1000
	Slots        int          // generations run at once, the others wait (QueueMetric); default GOMAXPROCS
	Logger       *slog.Logger // default: slog.Default()
}

func (c *Config) setDefaults() {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.MaxFileBytes <= 0 {
		c.MaxFileBytes = 16 << 20
	}
	if c.LearningRate <= 0 {
		c.LearningRate = 0.01
	}
	if c.DefaultSteps <= 0 {
		c.DefaultSteps = 30
	}
	if c.MaxSteps <= 0 {
		c.MaxSteps = 1000
	}
	if c.Slots <= 0 {
		c.Slots = runtime.GOMAXPROCS(0)
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Server is the model runtime. Build it with New, serve Handler, call Load (it may run
// while Handler already answers /health with 503) and Close at shutdown.
type Server struct {
	cfg     Config
	log     *slog.Logger
	models  *registry
	files   *fileStore
	tuner   *tuner
	meter   *meter
	slots   *slots
	prom    *prometheus.Registry
	ready   atomic.Bool
	handler http.Handler
}

// New prepares a server; nothing is loaded yet.
func New(cfg Config) (*Server, error) {
	cfg.setDefaults()
	if cfg.ModelPath == "" {
		return nil, errors.New("modelserver: no model path: set the base model's GGUF file")
	}
	if cfg.ModelsDir == "" {
		return nil, errors.New("modelserver: no models directory for fine-tuned models and files")
	}
	if err := os.MkdirAll(filepath.Join(cfg.ModelsDir, "files"), 0o755); err != nil {
		return nil, fmt.Errorf("modelserver: models directory: %w", err)
	}
	s := &Server{cfg: cfg, log: cfg.Logger, prom: prometheus.NewRegistry()}
	s.models = newRegistry(cfg.ModelsDir)
	s.files = newFileStore(filepath.Join(cfg.ModelsDir, "files"), cfg.MaxFileBytes)
	s.meter = newMeter(s.prom)
	s.slots = newSlots(cfg.Slots, s.prom)
	s.tuner = newTuner(s.models, s.files, s.log, tunerLimits{
		learningRate: cfg.LearningRate, defaultSteps: cfg.DefaultSteps, maxSteps: cfg.MaxSteps,
	})
	s.handler = s.routes()
	return s, nil
}

// Load reads the base model; /health answers 200 and inference starts once it returns nil.
func (s *Server) Load() error {
	start := time.Now()
	m, err := llama.Load(s.cfg.ModelPath)
	if err != nil {
		return fmt.Errorf("modelserver: load base model: %w", err)
	}
	name := s.cfg.ModelName
	if name == "" {
		name = modelName(m, s.cfg.ModelPath)
	}
	if err := s.models.setBase(name, m); err != nil {
		return err
	}
	s.ready.Store(true)
	s.log.Info("model loaded", "model", name, "path", s.cfg.ModelPath, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// modelName is the GGUF's general.name, or the file name without its extension.
func modelName(m *llama.Model, path string) string {
	if n, err := m.GGUF().String("general.name"); err == nil && validModelID(n) {
		return n
	}
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// BaseModel is the base model's id ("" before Load).
func (s *Server) BaseModel() string { return s.models.baseID() }

// Handler serves every endpoint.
func (s *Server) Handler() http.Handler { return s.handler }

// Close cancels running fine-tuning jobs and waits for them to stop.
func (s *Server) Close() { s.tuner.close() }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", s.health)
	mux.HandleFunc("GET /usage", s.usage)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.prom, promhttp.HandlerOpts{}))

	mux.HandleFunc("GET /v1/models", s.whenLoaded(s.listModels))
	mux.HandleFunc("GET /v1/models/{model...}", s.whenLoaded(s.getModel))
	for _, p := range []string{"POST /v1/completions", "POST /completions/create"} {
		mux.HandleFunc(p, s.whenLoaded(s.completions))
	}
	mux.HandleFunc("POST /v1/chat/completions", s.whenLoaded(s.chatCompletions))

	mux.HandleFunc("POST /v1/files", s.uploadFile)
	mux.HandleFunc("GET /v1/files", s.listFiles)
	mux.HandleFunc("GET /v1/files/{id}", s.getFile)
	mux.HandleFunc("GET /v1/files/{id}/content", s.fileContent)
	mux.HandleFunc("DELETE /v1/files/{id}", s.deleteFile)
	mux.HandleFunc("POST /files/pre-process", s.preprocessFile)

	for _, p := range []string{"POST /v1/fine_tuning/jobs", "POST /fine_tuning/create"} {
		mux.HandleFunc(p, s.whenLoaded(s.createJob))
	}
	for _, p := range []string{"GET /v1/fine_tuning/jobs", "/fine_tuning/list"} {
		mux.HandleFunc(p, s.listJobs)
	}
	mux.HandleFunc("GET /v1/fine_tuning/jobs/{id}", s.getJob)
	mux.HandleFunc("GET /v1/fine_tuning/jobs/{id}/events", s.jobEvents)
	mux.HandleFunc("POST /v1/fine_tuning/jobs/{id}/cancel", s.cancelJob)
	mux.HandleFunc("DELETE /v1/fine_tuning/jobs/{id}", s.deleteJob)
	// The design's names take the job id as a path segment, ?id= or a JSON body {"id"}.
	for _, name := range []string{"retrieve", "status"} {
		mux.HandleFunc("/fine_tuning/"+name, s.getJob)
		mux.HandleFunc("/fine_tuning/"+name+"/{id}", s.getJob)
	}
	mux.HandleFunc("/fine_tuning/events/{id}", s.jobEvents)
	mux.HandleFunc("/fine_tuning/cancel", s.cancelJob)
	mux.HandleFunc("/fine_tuning/cancel/{id}", s.cancelJob)
	mux.HandleFunc("/fine_tuning/delete", s.deleteJob)
	mux.HandleFunc("/fine_tuning/delete/{id}", s.deleteJob)

	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, s.log, notFound("", "unknown_url", "no endpoint %s %s; see GET /v1/models, POST /v1/completions, POST /v1/chat/completions, /v1/fine_tuning/jobs", r.Method, r.URL.Path))
	})
	return mux
}

// whenLoaded answers 503 until the base model is loaded.
func (s *Server) whenLoaded(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.ready.Load() {
			writeError(w, s.log, &apiError{Status: http.StatusServiceUnavailable, Type: "server_error",
				Code: "model_loading", Message: "the model is still loading; retry when GET /health answers 200"})
			return
		}
		h(w, r)
	}
}

func (s *Server) health(w http.ResponseWriter, _ *http.Request) {
	if !s.ready.Load() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "loading"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "model": s.models.baseID()})
}

// Serve answers on l until ctx ends, then shuts down within grace; ending ctx also ends
// the requests in flight (streams stop), and Close stops the fine-tuning jobs.
func (s *Server) Serve(ctx context.Context, l net.Listener, grace time.Duration) error {
	srv := &http.Server{Handler: s.handler, ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	select {
	case err := <-errc:
		return fmt.Errorf("modelserver: serve %s: %w", l.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("modelserver: shutdown: %w", err)
	}
	return nil
}
