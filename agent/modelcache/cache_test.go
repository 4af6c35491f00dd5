package modelcache

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/hub/hubtest"
)

func sha256hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestFetch(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	files := tinyFiles(t)
	commit := srv.AddRepo(tinyRepo, files)
	c := openCache(t, t.TempDir(), 1<<30, srv)

	var log progressLog
	s, err := c.Fetch(ctx, pinned(tinyRepo, commit), "", log.add)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Release()
	if s.Commit != commit || s.Repo != tinyRepo || s.Dir != filepath.Join(c.Dir(), "snapshots", "karpathy--tinyllamas", commit) {
		t.Errorf("snapshot %s@%s in %s", s.Repo, s.Commit, s.Dir)
	}
	var total int64
	for _, b := range files {
		total += int64(len(b))
	}
	if s.Bytes != total {
		t.Errorf("Bytes = %d, want %d", s.Bytes, total)
	}
	checkSnapshot(t, c, s, files)
	if last := log.last(); last.Done != total || last.Total != total || last.Cached || last.Repo != tinyRepo {
		t.Errorf("last progress %+v, want %d of %d bytes, downloaded", last, total, total)
	}
	// config.json and tokenizer/config.json are the same bytes: one blob, one download.
	if n := len(dirNames(t, c.path("blobs"))); n != len(files)-1 {
		t.Errorf("%d blobs, want %d", n, len(files)-1)
	}
	if len(dirNames(t, c.path("partial"))) != 0 {
		t.Error("partial downloads left behind")
	}
	if !c.Has(pinned(tinyRepo, commit)) || c.Has(pinned(tinyRepo, strings.Repeat("0", 40))) || c.Has(hub.Ref{Repo: tinyRepo}) {
		t.Error("Has is wrong")
	}
	if m := c.Models(); len(m) != 1 || m[0].Ref() != pinned(tinyRepo, commit) || m[0].Bytes != total || !m[0].InUse {
		t.Errorf("Models() = %+v", m)
	}

	// A second fetch is a cache hit: no download, Cached progress.
	var log2 progressLog
	s2, err := c.Fetch(ctx, pinned(tinyRepo, commit), "", log2.add)
	if err != nil {
		t.Fatal(err)
	}
	s2.Release()
	if p := log2.all(); len(p) != 1 || !p[0].Cached || p[0].Done != total {
		t.Errorf("cached fetch reported %+v", p)
	}
	if n := srv.Requests(tinyRepo, "stories260K.gguf"); n != 1 {
		t.Errorf("the GGUF was requested %d times, want 1", n)
	}
}

func TestFetchRefusesAnUnpinnedRef(t *testing.T) {
	srv := hubtest.NewTest(t)
	srv.AddRepo(tinyRepo, tinyFiles(t))
	c := openCache(t, t.TempDir(), 1<<30, srv)
	_, err := c.Fetch(context.Background(), hub.Ref{Repo: tinyRepo, Revision: "main"}, "", nil)
	if !errors.Is(err, ErrNotPinned) || !strings.Contains(err.Error(), "hf://karpathy/tinyllamas@main") || !strings.Contains(err.Error(), "name a commit") {
		t.Errorf("err = %v", err)
	}
}

func TestCorruptDownloadIsRefused(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	commit := srv.AddRepo("karpathy/gguf-only", map[string][]byte{"stories260K.gguf": model})
	c := openCache(t, t.TempDir(), 1<<30, srv)

	srv.Corrupt("karpathy/gguf-only", "stories260K.gguf")
	_, err := c.Fetch(ctx, pinned("karpathy/gguf-only", commit), "", nil)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "stories260K.gguf has sha256 ") ||
		!strings.Contains(err.Error(), "the hub published "+sha256hex(model)) {
		t.Fatalf("err = %v", err)
	}
	if b, p := dirNames(t, c.path("blobs")), dirNames(t, c.path("partial")); len(b) != 0 || len(p) != 0 {
		t.Errorf("after a corrupt download: blobs %v, partial %v; want both empty", b, p)
	}
	if c.Has(pinned("karpathy/gguf-only", commit)) {
		t.Error("a corrupt model is in the cache")
	}

	// A file in git (not LFS) is checked by its git blob id.
	commit2 := srv.AddRepo("karpathy/gguf-only", map[string][]byte{"stories260K.gguf": model, "config.json": []byte(`{"x":1}`)})
	srv.Heal("karpathy/gguf-only", "stories260K.gguf")
	srv.Corrupt("karpathy/gguf-only", "config.json")
	_, err = c.Fetch(ctx, pinned("karpathy/gguf-only", commit2), "", nil)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "config.json has git blob sha1 ") {
		t.Fatalf("corrupt config.json: %v", err)
	}

	srv.Heal("karpathy/gguf-only", "config.json")
	s, err := c.Fetch(ctx, pinned("karpathy/gguf-only", commit2), "", nil)
	if err != nil {
		t.Fatalf("after the hub healed: %v", err)
	}
	s.Release()
	checkSnapshot(t, c, s, map[string][]byte{"stories260K.gguf": model, "config.json": []byte(`{"x":1}`)})
}

func TestGatedModel(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	commit := srv.AddRepo("meta/gated-tiny", map[string][]byte{"stories260K.gguf": tinyStories(t), "config.json": []byte("{}")}, hubtest.Gated("hf_granted"))
	c := openCache(t, t.TempDir(), 1<<30, srv)
	ref := pinned("meta/gated-tiny", commit)

	_, err := c.Fetch(ctx, ref, "", nil)
	if !errors.Is(err, hub.ErrUnauthorized) || !strings.Contains(err.Error(), "is gated") || !strings.Contains(err.Error(), "HF_TOKEN") {
		t.Errorf("no token: %v", err)
	}
	_, err = c.Fetch(ctx, ref, "hf_other", nil)
	if !errors.Is(err, hub.ErrUnauthorized) || !strings.Contains(err.Error(), "has no access") {
		t.Errorf("a token without access: %v", err)
	}
	if n := srv.BytesServed("meta/gated-tiny", "stories260K.gguf"); n != 0 {
		t.Errorf("%d bytes served without access", n)
	}
	s, err := c.Fetch(ctx, ref, "hf_granted", nil)
	if err != nil {
		t.Fatalf("the granted token: %v", err)
	}
	s.Release()
	// In the cache now, but still not for a job without access.
	if _, err := c.Fetch(ctx, ref, "", nil); !errors.Is(err, hub.ErrUnauthorized) {
		t.Errorf("cached, no token: %v", err)
	}
	if _, err := c.Fetch(ctx, ref, "hf_other", nil); !errors.Is(err, hub.ErrUnauthorized) {
		t.Errorf("cached, a token without access: %v", err)
	}
	s, err = c.Fetch(ctx, ref, "hf_granted", nil)
	if err != nil {
		t.Fatalf("cached, the granted token: %v", err)
	}
	s.Release()
	if n := srv.Requests("meta/gated-tiny", "stories260K.gguf"); n != 1 {
		t.Errorf("the GGUF was downloaded %d times, want 1", n)
	}
	if m := c.Models(); len(m) != 1 || m[0].InUse {
		t.Errorf("Models() = %+v, want one, released", m)
	}
}

func TestRestartKeepsTheCacheWarm(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	files := tinyFiles(t)
	commit := srv.AddRepo(tinyRepo, files)
	other := srv.AddRepo("org/other", map[string][]byte{"w.safetensors": weights(1, 100_000)})
	dir := t.TempDir()
	c := openCache(t, dir, 1<<30, srv)
	for _, ref := range []hub.Ref{pinned("org/other", other), pinned(tinyRepo, commit)} {
		s, err := c.Fetch(ctx, ref, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Release()
	}
	before := c.Models()
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	// As after a crash: a stray blob, a leftover link directory, a partial download to keep, and
	// the other model's file deleted by hand.
	stray := filepath.Join(dir, "blobs", sha256hex([]byte("stray")))
	os.WriteFile(stray, []byte("stray"), 0o444)
	os.MkdirAll(filepath.Join(dir, "snapshots", "karpathy--tinyllamas", ".tmp-x"), 0o755)
	part := filepath.Join(dir, "partial", sha256hex([]byte("next"))+".part")
	os.WriteFile(part, []byte("ne"), 0o644)
	os.Remove(filepath.Join(dir, "snapshots", "org--other", other, "w.safetensors"))

	c2 := openCache(t, dir, 1<<30, srv)
	if !c2.Has(pinned(tinyRepo, commit)) || c2.Has(pinned("org/other", other)) {
		t.Fatalf("after restart: Models() = %+v; want TinyStories only", c2.Models())
	}
	if m := c2.Models(); len(m) != 1 || !m[0].LastUsed.Equal(before[0].LastUsed) || m[0].Bytes != before[0].Bytes {
		t.Errorf("after restart: %+v, want %+v", m, before[0])
	}
	if _, err := os.Stat(stray); err == nil {
		t.Error("the stray blob is still there")
	}
	if _, err := os.Stat(filepath.Join(dir, "blobs", sha256hex(weights(1, 100_000)))); err == nil {
		t.Error("the dropped model's blob is still there")
	}
	if _, err := os.Stat(filepath.Join(dir, "snapshots", "org--other")); err == nil {
		t.Error("the dropped model's snapshot directory is still there")
	}
	if _, err := os.Stat(part); err != nil {
		t.Errorf("the partial download was not kept: %v", err)
	}
	var log progressLog
	s, err := c2.Fetch(ctx, pinned(tinyRepo, commit), "", log.add)
	if err != nil {
		t.Fatal(err)
	}
	s.Release()
	checkSnapshot(t, c2, s, files)
	if n := srv.Requests(tinyRepo, "stories260K.gguf"); n != 1 || !log.last().Cached {
		t.Errorf("after restart the GGUF was requested %d times in all (want 1), progress %+v", n, log.last())
	}

	if _, err := Open(dir, 1<<30, nil, nil); err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Errorf("a second Open of a directory in use: %v", err)
	}
	if _, err := Open(t.TempDir(), 0, nil, nil); err == nil {
		t.Error("Open with no size bound")
	}
}
