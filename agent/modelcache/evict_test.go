package modelcache

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/hub/hubtest"
)

// Three models of about 1.1, 1.0 and 1.0 MiB in a cache of 2.4 MiB: two fit, not three.
func TestEvictionLeastRecentlyUsedFirst(t *testing.T) {
	ctx := context.Background()
	srv := hubtest.NewTest(t)
	model := tinyStories(t)
	a := pinned("karpathy/tinyllamas", srv.AddRepo("karpathy/tinyllamas", map[string][]byte{"stories260K.gguf": model, "config.json": []byte("{}")}))
	b := pinned("org/b", srv.AddRepo("org/b", map[string][]byte{"model.safetensors": weights(2, 1<<20), "config.json": []byte("{}")}))
	d := pinned("org/d", srv.AddRepo("org/d", map[string][]byte{"model.safetensors": weights(3, 1<<20)}))
	c := openCache(t, t.TempDir(), 2400<<10, srv)
	fetch := func(ref hub.Ref) (*Snapshot, error) { return c.Fetch(ctx, ref, "", nil) }
	use := func(ref hub.Ref) {
		t.Helper()
		s, err := fetch(ref)
		if err != nil {
			t.Fatalf("%s: %v", ref, err)
		}
		s.Release()
	}

	use(a)
	use(b)
	use(a) // a is now more recent than b
	use(d) // needs room: b goes
	if !c.Has(a) || c.Has(b) || !c.Has(d) {
		t.Fatalf("after fetching d: %+v; want a and d", c.Models())
	}
	if _, err := os.Stat(c.snapshotDir(snapKey{b.Repo, b.Revision})); err == nil {
		t.Error("b's snapshot directory is still there")
	}
	if _, err := os.Stat(c.path("blobs", sha256hex(weights(2, 1<<20)))); err == nil {
		t.Error("b's weights are still there")
	}
	if _, err := os.Stat(c.path("blobs", sha256hex([]byte("{}")))); err != nil {
		t.Error("the config.json a and b share went with b")
	}

	// a and d held by running jobs: b cannot come in.
	sa, err := fetch(a)
	if err != nil {
		t.Fatal(err)
	}
	sd, err := fetch(d)
	if err != nil {
		t.Fatal(err)
	}
	_, err = fetch(b)
	if !errors.Is(err, ErrTooBig) || !strings.Contains(err.Error(), "model needs 1.0 MiB; the cache holds at most 2.3 MiB, 2.1 MiB pinned by running jobs") {
		t.Fatalf("b with a and d pinned: %v", err)
	}
	if !c.Has(a) || !c.Has(d) {
		t.Fatal("a pinned model was evicted")
	}
	// d released: it goes, although a was used before it, because a is pinned.
	sd.Release()
	sb, err := fetch(b)
	if err != nil {
		t.Fatalf("b with d released: %v", err)
	}
	if !c.Has(a) || !c.Has(b) || c.Has(d) {
		t.Fatalf("after fetching b: %+v; want a and b", c.Models())
	}
	sa.Release()
	sb.Release()
	if n := srv.Requests("org/b", "model.safetensors"); n != 2 {
		t.Errorf("b was downloaded %d times, want 2", n)
	}
}

func TestModelBiggerThanTheCache(t *testing.T) {
	srv := hubtest.NewTest(t)
	ref := pinned("karpathy/tinyllamas", srv.AddRepo("karpathy/tinyllamas", map[string][]byte{"stories260K.gguf": tinyStories(t)}))
	c := openCache(t, t.TempDir(), 1<<20, srv)
	_, err := c.Fetch(context.Background(), ref, "", nil)
	if !errors.Is(err, ErrTooBig) || !strings.Contains(err.Error(), "model needs 1.1 MiB; the cache holds at most 1.0 MiB, 0 B pinned by running jobs") {
		t.Fatalf("err = %v", err)
	}
	if n := srv.Requests("karpathy/tinyllamas", "stories260K.gguf"); n != 0 {
		t.Errorf("%d requests for a model that cannot fit", n)
	}
}
