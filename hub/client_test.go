package hub_test

import (
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

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

func TestInfo(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	config := []byte(`{"architectures":["LlamaForCausalLM"]}`)
	first := srv.AddRepo("karpathy/tinyllamas", map[string][]byte{"stories260K.gguf": model, "config.json": config}, hubtest.Tag("v1"))
	second := srv.AddRepo("karpathy/tinyllamas", map[string][]byte{"stories260K.gguf": model, "config.json": config, "README.md": []byte("# hi\n")})
	c := hub.NewClient(srv.URL() + "/")
	if c.Endpoint != srv.URL() {
		t.Fatalf("Endpoint = %q, want the trailing slash trimmed", c.Endpoint)
	}

	repo, err := c.Info(ctx, hub.Ref{Repo: "karpathy/tinyllamas"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if repo.ID != "karpathy/tinyllamas" || repo.Commit != second || len(repo.Files) != 3 || repo.Gated || repo.Private {
		t.Fatalf("main: %+v, want commit %s and 3 files", repo, second)
	}
	sum := sha256.Sum256(model)
	for _, f := range repo.Files {
		switch f.Path {
		case "stories260K.gguf":
			if !f.LFS() || f.SHA256 != hex.EncodeToString(sum[:]) || f.Size != int64(len(model)) {
				t.Errorf("gguf: %+v, want LFS with sha256 %x and size %d", f, sum, len(model))
			}
		case "config.json":
			blob := sha1.Sum(append(fmt.Appendf(nil, "blob %d\x00", len(config)), config...)) // git hash-object
			if f.LFS() || f.BlobID != hex.EncodeToString(blob[:]) || f.Size != int64(len(config)) {
				t.Errorf("config.json: %+v", f)
			}
		}
	}

	for rev, want := range map[string]string{"v1": first, first: first, "main": second} {
		repo, err := c.Info(ctx, hub.Ref{Repo: "karpathy/tinyllamas", Revision: rev}, "")
		if err != nil || repo.Commit != want {
			t.Errorf("revision %s: commit %s, %v; want %s", rev, repo.Commit, err, want)
		}
	}

	_, err = c.Info(ctx, hub.Ref{Repo: "karpathy/tinyllamas", Revision: "v2"}, "")
	if !errors.Is(err, hub.ErrNotFound) || err.Error() != "no revision v2 of karpathy/tinyllamas" {
		t.Errorf("unknown tag: %v", err)
	}
	_, err = c.Info(ctx, hub.Ref{Repo: "karpathy/nothing"}, "")
	if !errors.Is(err, hub.ErrNotFound) || err.Error() != "no repository karpathy/nothing" {
		t.Errorf("unknown repository: %v", err)
	}
}

func TestGatedAndPrivate(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	srv.AddRepo("meta/gated", map[string][]byte{"w.safetensors": []byte("weights")}, hubtest.Gated("hf_good"))
	srv.AddRepo("me/private", map[string][]byte{"w.safetensors": []byte("weights")}, hubtest.Private("hf_good"))
	c := hub.NewClient(srv.URL())

	repo, err := c.Info(ctx, hub.Ref{Repo: "meta/gated"}, "")
	if err != nil || !repo.Gated {
		t.Fatalf("gated metadata without a token: %+v, %v; want it readable and Gated", repo, err)
	}
	_, err = c.ReadRange(ctx, "meta/gated", repo.Commit, "w.safetensors", "", 0, 4)
	if !errors.Is(err, hub.ErrUnauthorized) || !strings.Contains(err.Error(), "pass a Hugging Face token as the job secret HF_TOKEN") {
		t.Errorf("gated file without a token: %v", err)
	}
	_, err = c.ReadRange(ctx, "meta/gated", repo.Commit, "w.safetensors", "hf_bad", 0, 4)
	if !errors.Is(err, hub.ErrUnauthorized) || !strings.Contains(err.Error(), "has no access") {
		t.Errorf("gated file with another token: %v", err)
	}
	if b, err := c.ReadRange(ctx, "meta/gated", repo.Commit, "w.safetensors", "hf_good", 0, 4); err != nil || string(b) != "weig" {
		t.Errorf("gated file with the token: %q, %v", b, err)
	}

	_, err = c.Info(ctx, hub.Ref{Repo: "me/private"}, "")
	if !errors.Is(err, hub.ErrUnauthorized) || !strings.Contains(err.Error(), "hf://me/private@main is gated or private") {
		t.Errorf("private without a token: %v", err)
	}
	if _, err = c.Info(ctx, hub.Ref{Repo: "me/private"}, "hf_bad"); !errors.Is(err, hub.ErrUnauthorized) {
		t.Errorf("private with another token: %v", err)
	}
	if repo, err := c.Info(ctx, hub.Ref{Repo: "me/private"}, "hf_good"); err != nil || !repo.Private {
		t.Errorf("private with the token: %+v, %v", repo, err)
	}
}

func TestOpenAndReadRange(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	commit := srv.AddRepo("karpathy/tinyllamas", map[string][]byte{"stories260K.gguf": model, "config.json": []byte(`{"a":1}`)})
	c := hub.NewClient(srv.URL())

	for _, off := range []int64{0, 1, int64(len(model)) / 2, int64(len(model)) - 1} {
		rc, err := c.Open(ctx, "karpathy/tinyllamas", commit, "stories260K.gguf", "", off)
		if err != nil {
			t.Fatalf("Open at %d: %v", off, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || !bytes.Equal(b, model[off:]) {
			t.Fatalf("Open at %d: %d bytes, %v; want the %d bytes from there", off, len(b), err, len(model)-int(off))
		}
	}
	if _, err := c.Open(ctx, "karpathy/tinyllamas", commit, "stories260K.gguf", "", int64(len(model))); err == nil || !strings.Contains(err.Error(), "past the end") {
		t.Errorf("Open at the end: %v", err)
	}
	if _, err := c.Open(ctx, "karpathy/tinyllamas", commit, "nope.gguf", "", 0); !errors.Is(err, hub.ErrNotFound) || !strings.Contains(err.Error(), "no file nope.gguf in hf://karpathy/tinyllamas@"+commit) {
		t.Errorf("Open of a missing file: %v", err)
	}

	head, err := c.ReadRange(ctx, "karpathy/tinyllamas", commit, "stories260K.gguf", "", 0, 8)
	if err != nil || string(head[:4]) != "GGUF" || len(head) != 8 {
		t.Errorf("GGUF header: %q, %v", head, err)
	}
	mid, err := c.ReadRange(ctx, "karpathy/tinyllamas", commit, "stories260K.gguf", "", 1000, 100)
	if err != nil || !bytes.Equal(mid, model[1000:1100]) {
		t.Errorf("bytes 1000-1099: %v", err)
	}
	cfg, err := c.ReadRange(ctx, "karpathy/tinyllamas", "main", "config.json", "", 0, 1<<20)
	if err != nil || string(cfg) != `{"a":1}` {
		t.Errorf("a config.json shorter than asked: %q, %v", cfg, err)
	}
	if _, err := c.ReadRange(ctx, "karpathy/tinyllamas", commit, "config.json", "", 100, 10); !errors.Is(err, io.EOF) {
		t.Errorf("a range past the end: %v, want io.EOF", err)
	}
	if n := srv.Requests("karpathy/tinyllamas", "stories260K.gguf"); n != 7 {
		t.Errorf("Requests = %d, want 7", n)
	}
}

// A server that ignores Range and answers 200: Open skips the bytes itself.
func TestOpenWithoutRangeSupport(t *testing.T) {
	body := []byte("0123456789")
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
	defer ts.Close()
	c := hub.NewClient(ts.URL)
	rc, err := c.Open(context.Background(), "a/b", strings.Repeat("0", 40), "f", "", 4)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if b, _ := io.ReadAll(rc); string(b) != "456789" {
		t.Errorf("got %q, want 456789", b)
	}
	b, err := c.ReadRange(context.Background(), "a/b", "main", "f", "", 2, 3)
	if err != nil || string(b) != "234" {
		t.Errorf("ReadRange: %q, %v", b, err)
	}
}

// The Hub sends LFS files to a CDN on another host: the token must not follow.
func TestRedirectKeepsTokenOnTheHubsHost(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]string{}
	cdn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen["cdn"] = r.Header.Get("Authorization")
		mu.Unlock()
		w.Write([]byte("weights"))
	}))
	defer cdn.Close()
	cdnURL := strings.Replace(cdn.URL, "127.0.0.1", "localhost", 1) // another host, same machine
	hubSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen[r.URL.Path] = r.Header.Get("Authorization")
		mu.Unlock()
		if strings.Contains(r.URL.Path, "/resolve/main/") {
			http.Redirect(w, r, "/a/b/resolve/abc/w.bin", http.StatusTemporaryRedirect) // same host
			return
		}
		http.Redirect(w, r, cdnURL+"/blob", http.StatusFound)
	}))
	defer hubSrv.Close()
	rc, err := hub.NewClient(hubSrv.URL).Open(context.Background(), "a/b", "main", "w.bin", "hf_secret", 0)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	mu.Lock()
	defer mu.Unlock()
	if string(b) != "weights" || seen["/a/b/resolve/main/w.bin"] != "Bearer hf_secret" || seen["/a/b/resolve/abc/w.bin"] != "Bearer hf_secret" || seen["cdn"] != "" {
		t.Errorf("body %q, Authorization seen %q; want the token on the hub only", b, seen)
	}
}

func TestErrors(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"error":"The hub is down for maintenance"}`))
	}))
	c := hub.NewClient(ts.URL)
	_, err := c.Info(context.Background(), hub.Ref{Repo: "a/b"}, "")
	if err == nil || err.Error() != "hf://a/b@main: the hub answered 503 Service Unavailable: The hub is down for maintenance" {
		t.Errorf("503: %v", err)
	}
	ts.Close()
	_, err = c.Info(context.Background(), hub.Ref{Repo: "a/b"}, "")
	if err == nil || !strings.Contains(err.Error(), "hf://a/b@main: hub "+ts.URL+": ") {
		t.Errorf("unreachable: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err = c.Info(ctx, hub.Ref{Repo: "a/b"}, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %v, want context.Canceled", err)
	}
	if _, err = c.Info(ctx, hub.Ref{Repo: "a"}, ""); err == nil {
		t.Error("a bad repository id was sent")
	}
}

func TestNewClientEndpoint(t *testing.T) {
	t.Setenv("HF_ENDPOINT", "http://mirror.example:8080/")
	if e := hub.NewClient("").Endpoint; e != "http://mirror.example:8080" {
		t.Errorf("from HF_ENDPOINT: %q", e)
	}
	t.Setenv("HF_ENDPOINT", "")
	if e := hub.NewClient("").Endpoint; e != "https://huggingface.co" {
		t.Errorf("default: %q", e)
	}
}
