package modelcache

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gintonic/gintonic/hub/hubtest"
)

// A connection cut half-way is resumed within the same fetch: the second request asks for the
// rest, and no byte is served twice.
func TestCutDownloadResumes(t *testing.T) {
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	size := int64(len(model))
	commit := srv.AddRepo("karpathy/gguf-only", map[string][]byte{"stories260K.gguf": model})
	c := openCache(t, t.TempDir(), 1<<30, srv)

	srv.CutAfter("karpathy/gguf-only", "stories260K.gguf", size/2+1)
	s, err := c.Fetch(context.Background(), pinned("karpathy/gguf-only", commit), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Release()
	checkSnapshot(t, c, s, map[string][]byte{"stories260K.gguf": model})
	if n, b := srv.Requests("karpathy/gguf-only", "stories260K.gguf"), srv.BytesServed("karpathy/gguf-only", "stories260K.gguf"); n != 2 || b != size {
		t.Errorf("%d requests, %d bytes served; want 2 and the file's %d", n, b, size)
	}
}

// A hub that keeps failing without sending a byte fails the fetch after a few tries, with the
// cause.
func TestDeadDownloadGivesUp(t *testing.T) {
	srv := hubtest.NewTest(t)
	commit := srv.AddRepo("karpathy/gguf-only", map[string][]byte{"stories260K.gguf": tinyStories(t)})
	c := openCache(t, t.TempDir(), 1<<30, srv)
	srv.CutAfter("karpathy/gguf-only", "stories260K.gguf", 0)
	_, err := c.Fetch(context.Background(), pinned("karpathy/gguf-only", commit), "", nil)
	if err == nil || !strings.Contains(err.Error(), "stories260K.gguf: after 0 of ") {
		t.Fatalf("err = %v", err)
	}
	if n := srv.Requests("karpathy/gguf-only", "stories260K.gguf"); n != maxStalls {
		t.Errorf("%d requests, want %d", n, maxStalls)
	}
}

// A download killed half-way (the fetch cancelled, the agent restarted) is resumed from the
// partial file: the retry fetches only the rest.
func TestKilledDownloadResumesAfterRestart(t *testing.T) {
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	size := int64(len(model))
	commit := srv.AddRepo("karpathy/gguf-only", map[string][]byte{"stories260K.gguf": model})
	dir := t.TempDir()
	c := openCache(t, dir, 1<<30, srv)

	srv.Throttle(size) // about a second for the file
	ctx, cancel := context.WithCancel(context.Background())
	_, err := c.Fetch(ctx, pinned("karpathy/gguf-only", commit), "", func(p Progress) {
		if p.Done > size/3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	c.Close() // waits for the download to stop writing
	part := c.path("partial", sha256hex(model)+".part")
	fi, err := os.Stat(part)
	if err != nil || fi.Size() < size/3 || fi.Size() >= size {
		t.Fatalf("partial download: %v, %v; want between a third and all of %d bytes", fi, err, size)
	}
	served := srv.BytesServed("karpathy/gguf-only", "stories260K.gguf")

	srv.Throttle(0)
	c2 := openCache(t, dir, 1<<30, srv)
	var log progressLog
	s, err := c2.Fetch(context.Background(), pinned("karpathy/gguf-only", commit), "", log.add)
	if err != nil {
		t.Fatal(err)
	}
	s.Release()
	checkSnapshot(t, c2, s, map[string][]byte{"stories260K.gguf": model})
	if again := srv.BytesServed("karpathy/gguf-only", "stories260K.gguf") - served; again != size-fi.Size() {
		t.Errorf("the retry was served %d bytes, want the %d missing", again, size-fi.Size())
	}
	if last := log.last(); last.Done != size || last.Cached {
		t.Errorf("last progress %+v", last)
	}
}

// Two jobs fetching the same model at once share one download, and both watch it progress.
func TestConcurrentFetchesShareOneDownload(t *testing.T) {
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	size := int64(len(model))
	commit := srv.AddRepo(tinyRepo, tinyFiles(t))
	c := openCache(t, t.TempDir(), 1<<30, srv)
	srv.Throttle(2 * size) // about half a second

	began := time.Now()
	var wg sync.WaitGroup
	logs := make([]progressLog, 3)
	errs := make([]error, 3)
	quitter, cancelQuitter := context.WithCancel(context.Background())
	defer cancelQuitter()
	ctxs := []context.Context{context.Background(), context.Background(), quitter}
	for i := range 3 {
		wg.Go(func() {
			s, err := c.Fetch(ctxs[i], pinned(tinyRepo, commit), "", func(p Progress) {
				logs[i].add(p)
				if i == 2 && p.Done > 0 {
					cancelQuitter() // the third job gives up: the others must not notice
				}
			})
			errs[i] = err
			if err == nil {
				defer s.Release()
				checkSnapshot(t, c, s, tinyFiles(t))
			}
		})
	}
	wg.Wait()
	took := time.Since(began)
	if errs[0] != nil || errs[1] != nil || !errors.Is(errs[2], context.Canceled) {
		t.Fatalf("errors %v", errs)
	}
	if n := srv.Requests(tinyRepo, "stories260K.gguf"); n != 1 {
		t.Errorf("the GGUF was requested %d times, want 1", n)
	}
	if b := srv.BytesServed(tinyRepo, "stories260K.gguf"); b != size {
		t.Errorf("%d bytes served, want %d", b, size)
	}
	for i := range 2 {
		ps := logs[i].all()
		mid := 0
		for _, p := range ps {
			if p.Done > 0 && p.Done < p.Total && p.File == "stories260K.gguf" && p.BytesPerSec > 0 && p.Remaining > 0 {
				mid++
			}
		}
		if most := int(took/progressEvery) + 2; len(ps) > most {
			t.Errorf("fetch %d reported %d times in %v, want at most %d", i, len(ps), took, most)
		}
		if mid == 0 || ps[len(ps)-1].Done != ps[len(ps)-1].Total {
			t.Errorf("fetch %d reported %+v; want progress during the download and a complete end", i, ps)
		}
		for j := 1; j < len(ps); j++ {
			if gap := ps[j].Done - ps[j-1].Done; gap < 0 {
				t.Errorf("fetch %d: progress went back from %d to %d", i, ps[j-1].Done, ps[j].Done)
			}
		}
	}
	if len(c.Models()) != 1 {
		t.Errorf("Models() = %+v", c.Models())
	}
}
