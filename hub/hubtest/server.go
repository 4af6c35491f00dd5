// Package hubtest serves the part of the Hugging Face Hub's HTTP API that package hub uses, from
// memory: repository metadata at a revision and file downloads with ranges. Tests start one per
// test (NewTest); the dev stack starts one on a real address (Start) so that providers fetch
// models without the internet. Faults can be injected per file: corrupt bytes, connections cut
// half-way, a throttled link; counters show what was served.
package hubtest

import (
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Server is an in-memory Hub. Its methods are safe for concurrent use, also while it serves.
type Server struct {
	mu       sync.Mutex
	repos    map[string]*repo
	faults   map[fileKey]*fault
	served   map[fileKey]*counter
	throttle int64 // bytes per second for file bodies; 0: as fast as possible

	url     string
	closing chan struct{}
	close   func()
	once    sync.Once
}

type fileKey struct{ repo, path string }

type fault struct {
	corrupt  bool
	cutAfter int64 // <0: no cut
}

type counter struct {
	requests int
	bytes    int64
}

func newServer() *Server {
	return &Server{
		repos:   map[string]*repo{},
		faults:  map[fileKey]*fault{},
		served:  map[fileKey]*counter{},
		closing: make(chan struct{}),
	}
}

// New starts a Server on a loopback port, like httptest.NewServer. Close it when done.
func New() *Server {
	s := newServer()
	ts := httptest.NewServer(s)
	s.url, s.close = ts.URL, ts.Close
	return s
}

// NewTest starts a Server for one test and closes it when the test ends.
func NewTest(t testing.TB) *Server {
	t.Helper()
	s := New()
	t.Cleanup(s.Close)
	return s
}

// Start serves on addr (like "127.0.0.1:8090", or ":0" for any port), for the dev stack.
func Start(addr string) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := newServer()
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	s.url = "http://" + ln.Addr().String()
	s.close = func() { srv.Close() }
	return s, nil
}

// URL is the endpoint to give hub.NewClient, without a trailing slash.
func (s *Server) URL() string { return s.url }

// Close stops serving; downloads in progress are cut.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.closing)
		s.close()
	})
}

// Corrupt makes the server send different bytes for path in repo than its metadata's hash
// says, at the same length, until Heal.
func (s *Server) Corrupt(repo, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fault(repo, path).corrupt = true
}

// CutAfter makes every download of path in repo end after n bytes of body, with the connection
// closed as if the network failed, until Heal or CutAfter with n < 0.
func (s *Server) CutAfter(repo, path string, n int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fault(repo, path).cutAfter = n
}

// Heal clears the faults of path in repo.
func (s *Server) Heal(repo, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.faults, fileKey{repo, path})
}

// Throttle bounds the rate at which each file body is sent, so that a download lasts long
// enough to be watched or joined; 0 lifts the bound.
func (s *Server) Throttle(bytesPerSec int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.throttle = max(bytesPerSec, 0)
}

// Requests is how many download requests for path in repo the server has answered with the
// file (at any revision, whole or ranged), counting ones that were cut.
func (s *Server) Requests(repo, path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.served[fileKey{repo, path}]; c != nil {
		return c.requests
	}
	return 0
}

// BytesServed is how many body bytes of path in repo the server has written, over all requests.
func (s *Server) BytesServed(repo, path string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.served[fileKey{repo, path}]; c != nil {
		return c.bytes
	}
	return 0
}

// fault is path's fault entry, created on demand; s.mu held.
func (s *Server) fault(repo, path string) *fault {
	k := fileKey{repo, path}
	f := s.faults[k]
	if f == nil {
		f = &fault{cutAfter: -1}
		s.faults[k] = f
	}
	return f
}
