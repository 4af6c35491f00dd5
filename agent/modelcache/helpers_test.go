package modelcache

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/hub/hubtest"
	"github.com/gintonic/gintonic/modelserver/runtimeimage"
)

var (
	ggufOnce sync.Once
	gguf     []byte
	ggufErr  error
)

// tinyStories is a real GGUF model (stories260K, about 1.2 MB) from the Go module cache.
func tinyStories(t *testing.T) []byte {
	t.Helper()
	ggufOnce.Do(func() { gguf, ggufErr = runtimeimage.Model(context.Background()) })
	if ggufErr != nil {
		t.Fatalf("the TinyStories model: %v", ggufErr)
	}
	return gguf
}

// weights is n bytes that differ for each seed: a second and third model next to TinyStories.
func weights(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

const tinyRepo = "karpathy/tinyllamas"

// tinyFiles is TinyStories as a Hub repository holds it: the GGUF in LFS, small files in git.
func tinyFiles(t *testing.T) map[string][]byte {
	return map[string][]byte{
		"stories260K.gguf":      tinyStories(t),
		"config.json":           []byte(`{"model_type":"llama"}`),
		"README.md":             []byte("# TinyStories 260K\n"),
		"tokenizer/vocab.json":  []byte(`{"<s>":1}`),
		"tokenizer/empty.txt":   nil,
		"tokenizer/config.json": []byte(`{"model_type":"llama"}`), // same content as config.json
	}
}

// openCache opens a cache in dir with fast retries, closed when the test ends.
func openCache(t *testing.T, dir string, max int64, srv *hubtest.Server) *Cache {
	t.Helper()
	c, err := Open(dir, max, hub.NewClient(srv.URL()), nil)
	if err != nil {
		t.Fatal(err)
	}
	c.retryWait = 10 * time.Millisecond
	t.Cleanup(func() { c.Close() })
	return c
}

func pinned(repo, commit string) hub.Ref { return hub.Ref{Repo: repo, Revision: commit} }

// progressLog records what a fetch reported.
type progressLog struct {
	mu sync.Mutex
	ps []Progress
}

func (l *progressLog) add(p Progress) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ps = append(l.ps, p)
}

func (l *progressLog) all() []Progress {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Progress(nil), l.ps...)
}

func (l *progressLog) last() Progress {
	ps := l.all()
	if len(ps) == 0 {
		return Progress{}
	}
	return ps[len(ps)-1]
}

// checkSnapshot asserts that the snapshot holds files, each a read-only hard link to a blob.
func checkSnapshot(t *testing.T, c *Cache, s *Snapshot, files map[string][]byte) {
	t.Helper()
	if len(s.Files) != len(files) {
		t.Fatalf("snapshot has %d files, want %d", len(s.Files), len(files))
	}
	for path, want := range files {
		p := filepath.Join(s.Dir, filepath.FromSlash(path))
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: %d bytes, %v; want the %d bytes served", path, len(got), err, len(want))
		}
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.Mode().IsRegular() || fi.Mode().Perm()&0o222 != 0 {
			t.Errorf("%s: mode %v, want a read-only regular file (a hard link, not a symlink)", path, fi.Mode())
		}
		blob := c.path("blobs", sha256hex(want))
		bi, err := os.Stat(blob)
		if err != nil || !os.SameFile(fi, bi) {
			t.Errorf("%s: not a hard link to %s (%v)", path, blob, err)
		}
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
