package modelcache

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/gintonic/gintonic/bytesize"
	"github.com/gintonic/gintonic/hub"
)

// reservation is the room a fetch in progress takes: its files, by sha256 when known, else by
// "git:<blob id>". Nothing reserved is evicted.
type reservation struct {
	files map[string]int64
}

func (r *reservation) size() int64 {
	var n int64
	for _, s := range r.files {
		n += s
	}
	return n
}

// reserve records the room files need and makes it, evicting what it must, or says with the
// numbers why the model cannot fit.
func (c *Cache) reserve(ref hub.Ref, files []planFile) (*reservation, error) {
	r := &reservation{files: map[string]int64{}}
	for _, f := range files {
		r.files[reserveKey(f.File, f.blob)] = f.Size
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reserved[r] = true
	if err := c.makeRoom(r); err != nil {
		delete(c.reserved, r)
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	return r, nil
}

func (c *Cache) unreserve(r *reservation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.reserved, r)
}

func reserveKey(f hub.File, blob string) string {
	if blob != "" {
		return blob
	}
	return "git:" + f.BlobID
}

// account is what the cache holds and will hold: c.mu held.
type account struct {
	blobs     int64            // in blobs/
	partials  map[string]int64 // partial key → bytes in partial/
	pending   int64            // reserved bytes not downloaded yet
	protected map[string]bool  // blobs of pinned snapshots and fetches in progress
	parts     map[string]bool  // partial keys of fetches in progress
}

func (a *account) used() int64 {
	n := a.blobs + a.pending
	for _, s := range a.partials {
		n += s
	}
	return n
}

func (c *Cache) account(skip *reservation) *account {
	a := &account{partials: map[string]int64{}, protected: map[string]bool{}, parts: map[string]bool{}}
	for _, s := range c.blobs {
		a.blobs += s
	}
	if entries, err := os.ReadDir(c.path("partial")); err == nil {
		for _, e := range entries {
			if info, err := e.Info(); err == nil {
				a.partials[strings.TrimSuffix(e.Name(), ".part")] = info.Size()
			}
		}
	}
	for k, n := range c.pins {
		if n > 0 && c.snaps[k] != nil {
			for _, f := range c.snaps[k].Files {
				a.protected[f.Blob] = true
			}
		}
	}
	counted := map[string]bool{}
	for r := range c.reserved {
		if r == skip {
			continue
		}
		for key, size := range r.files {
			sha, part := key, key
			if id, ok := strings.CutPrefix(key, "git:"); ok {
				sha, part = c.gitIndex[id], id
			}
			a.parts[part] = true
			if _, ok := c.blobs[sha]; ok {
				a.protected[sha] = true
			} else if !counted[key] {
				counted[key] = true
				a.pending += max(size-a.partials[part], 0)
			}
		}
	}
	return a
}

// floor is the least the cache can hold: what no eviction can touch.
func (c *Cache) floor(a *account) int64 {
	n := a.pending
	for sha := range a.protected {
		n += c.blobs[sha]
	}
	for key, size := range a.partials {
		if a.parts[key] {
			n += size
		}
	}
	return n
}

// makeRoom evicts until the reserved files fit: first partial downloads nobody resumes, then
// blobs no snapshot uses, then the least recently used snapshots no job holds; c.mu held.
func (c *Cache) makeRoom(r *reservation) error {
	a := c.account(nil)
	if a.used() <= c.max {
		return nil
	}
	if floor := c.floor(a); floor > c.max {
		others := c.floor(c.account(r))
		return &kindError{ErrTooBig, fmt.Sprintf("model needs %s; the cache holds at most %s, %s pinned by running jobs",
			bytesize.Format(r.size()), bytesize.Format(c.max), bytesize.Format(others))}
	}
	for key := range a.partials {
		if !a.parts[key] && a.used() > c.max {
			os.Remove(c.path("partial", key+".part"))
			delete(a.partials, key)
		}
	}
	refs := c.refCounts()
	for sha, size := range c.blobs {
		if refs[sha] == 0 && !a.protected[sha] && a.used() > c.max {
			c.deleteBlob(sha)
			a.blobs -= size
		}
	}
	var lru []*snapshotEntry
	for k, s := range c.snaps {
		if c.pins[k] == 0 {
			lru = append(lru, s)
		}
	}
	slices.SortFunc(lru, func(x, y *snapshotEntry) int { return x.LastUsed.Compare(y.LastUsed) })
	evicted := false
	for _, s := range lru {
		if a.used() <= c.max {
			break
		}
		k := s.key()
		delete(c.snaps, k)
		if err := os.RemoveAll(c.snapshotDir(k)); err != nil {
			c.log.Warn("model cache: removing a snapshot", "model", k.ref().String(), "err", err)
		}
		os.Remove(c.path("snapshots", strings.Replace(k.repo, "/", "--", 1))) // only when empty
		for _, f := range s.Files {
			if refs[f.Blob]--; refs[f.Blob] == 0 && !a.protected[f.Blob] {
				if size, ok := c.blobs[f.Blob]; ok {
					c.deleteBlob(f.Blob)
					a.blobs -= size
				}
			}
		}
		evicted = true
		c.log.Info("model evicted", "model", k.ref().String(), "bytes", s.Bytes, "last_used", s.LastUsed)
	}
	if evicted {
		if err := c.saveState(); err != nil {
			c.log.Warn("model cache: saving the state", "err", err)
		}
	}
	return nil
}
