// Package modelcache is a provider's cache of Hugging Face models: each file downloaded once,
// verified against the Hub's hash, stored by content, and laid out per commit as a snapshot
// directory of hard links that a job's container mounts read-only. The cache stays under a size
// bound by evicting the least recently used models that no running job holds.
//
// On disk, under the cache directory:
//
//	blobs/<sha256>                         verified files, read-only
//	partial/<sha256 or git blob id>.part   downloads in progress, resumed after a failure
//	snapshots/<org>--<name>/<commit>/...   the repository's files, hard links to blobs
//	state.json                             the snapshots, their files and last use
package modelcache

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gintonic/gintonic/hub"
)

// Errors Fetch returns wrapped; match them with errors.Is.
var (
	// ErrCorrupt: a downloaded file's hash differs from the one the Hub published.
	ErrCorrupt = errors.New("corrupt download")
	// ErrTooBig: the model cannot fit in the cache, even after evicting every model no job uses.
	ErrTooBig = errors.New("model too big for the cache")
	// ErrNotPinned: the reference names a branch or tag rather than a commit.
	ErrNotPinned = errors.New("model not pinned to a commit")
)

// kindError is an error with its own text that matches a sentinel (errors.Is) without
// repeating the sentinel's words.
type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

const (
	stallTimeout = 2 * time.Minute // a download that receives nothing this long is retried
	maxStalls    = 3               // attempts in a row without a byte before a download fails
)

// Cache is a directory of models. One process owns a directory at a time; its methods are safe
// for concurrent use.
type Cache struct {
	dir  string
	max  int64
	hub  *hub.Client
	log  *slog.Logger
	lock *os.File

	routes map[string]*hub.Client // by organisation: repositories served by another endpoint (Route)

	mu        sync.Mutex
	snaps     map[snapKey]*snapshotEntry // complete snapshots, as in state.json
	blobs     map[string]int64           // sha256 → size of the files in blobs/
	gitIndex  map[string]string          // git blob id → sha256, for files outside LFS
	pins      map[snapKey]int            // unreleased Snapshots
	reserved  map[*reservation]bool      // the files of fetches in progress
	downloads map[string]*download       // by partial key
	closed    bool

	retryWait time.Duration // before the first retry of a failed download, doubling
	stall     time.Duration
}

type snapKey struct{ repo, commit string }

func (k snapKey) ref() hub.Ref { return hub.Ref{Repo: k.repo, Revision: k.commit} }

// Open opens (creating it if need be) the cache in dir, to hold at most maxBytes, fetching from
// c. It drops snapshots whose files have gone, keeps partial downloads for resumption and
// removes files no snapshot uses. log may be nil.
func Open(dir string, maxBytes int64, c *hub.Client, log *slog.Logger) (*Cache, error) {
	if maxBytes <= 0 {
		return nil, fmt.Errorf("model cache %s: the size bound must be positive, not %d bytes", dir, maxBytes)
	}
	if c == nil {
		c = hub.NewClient("")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	for _, d := range []string{"blobs", "partial", "snapshots"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, fmt.Errorf("model cache: %w", err)
		}
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	cache := &Cache{dir: dir, max: maxBytes, hub: c, log: log, lock: lock,
		blobs: map[string]int64{}, gitIndex: map[string]string{}, pins: map[snapKey]int{},
		reserved: map[*reservation]bool{}, downloads: map[string]*download{},
		retryWait: time.Second, stall: stallTimeout}
	if cache.snaps, err = loadState(cache.statePath()); err != nil {
		lock.Close()
		return nil, err
	}
	if err := cache.recover(); err != nil {
		lock.Close()
		return nil, fmt.Errorf("model cache %s: %w", dir, err)
	}
	return cache, nil
}

// Route fetches the repositories of organisation org from h instead of the cache's hub: the
// results of Gintonic jobs (hub.JobsOrg) come from the API that runs them. Call it before the
// first fetch.
func (c *Cache) Route(org string, h *hub.Client) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.routes == nil {
		c.routes = map[string]*hub.Client{}
	}
	c.routes[org] = h
}

// hubFor is the endpoint repo is fetched from.
func (c *Cache) hubFor(repo string) *hub.Client {
	org, _, _ := strings.Cut(repo, "/")
	c.mu.Lock()
	defer c.mu.Unlock()
	if h := c.routes[org]; h != nil {
		return h
	}
	return c.hub
}

// errClosed ends the downloads of a closed cache.
var errClosed = errors.New("model cache closed")

// Close stops the downloads in progress, keeping what they fetched for the next start, and
// releases the directory for another process. Snapshots stay on disk. Fetches after Close fail.
func (c *Cache) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	var running []*download
	for _, d := range c.downloads {
		d.cancel(errClosed)
		running = append(running, d)
	}
	c.mu.Unlock()
	for _, d := range running {
		<-d.done
	}
	return c.lock.Close()
}

// Dir is the cache directory.
func (c *Cache) Dir() string { return c.dir }

// recover brings the directory and the state back into agreement after a restart or a crash.
func (c *Cache) recover() error {
	entries, err := os.ReadDir(c.path("blobs"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !isHex(e.Name(), 64) || !info.Mode().IsRegular() {
			c.log.Warn("model cache: removing a stray file", "path", c.path("blobs", e.Name()))
			os.RemoveAll(c.path("blobs", e.Name()))
			continue
		}
		c.blobs[e.Name()] = info.Size()
	}
	for k, s := range c.snaps {
		if why := c.checkSnapshot(s); why != "" {
			c.log.Warn("model cache: dropping a snapshot", "model", k.ref().String(), "why", why)
			delete(c.snaps, k)
			os.RemoveAll(c.snapshotDir(k))
		}
	}
	// Snapshot directories the state does not know: an interrupted link, a dropped snapshot.
	orgs, err := os.ReadDir(c.path("snapshots"))
	if err != nil {
		return err
	}
	for _, org := range orgs {
		commits, _ := os.ReadDir(c.path("snapshots", org.Name()))
		for _, cm := range commits {
			repo := strings.Replace(org.Name(), "--", "/", 1)
			if c.snaps[snapKey{repo, cm.Name()}] == nil {
				os.RemoveAll(c.path("snapshots", org.Name(), cm.Name()))
			}
		}
		os.Remove(c.path("snapshots", org.Name())) // only when empty
	}
	refs := c.refCounts()
	for sha := range c.blobs {
		if refs[sha] == 0 {
			c.deleteBlob(sha)
		}
	}
	for _, s := range c.snaps {
		for _, f := range s.Files {
			if !f.lfs() {
				c.gitIndex[f.BlobID] = f.Blob
			}
		}
	}
	parts, err := os.ReadDir(c.path("partial"))
	if err != nil {
		return err
	}
	for _, p := range parts {
		if key, ok := strings.CutSuffix(p.Name(), ".part"); !ok || !isHex(key, 40) && !isHex(key, 64) {
			os.RemoveAll(c.path("partial", p.Name()))
		}
	}
	return c.saveState()
}

// checkSnapshot says what is wrong with a snapshot on disk, or "".
func (c *Cache) checkSnapshot(s *snapshotEntry) string {
	dir := c.snapshotDir(s.key())
	for _, f := range s.Files {
		size, ok := c.blobs[f.Blob]
		if !ok || size != f.Size {
			return "blob of " + f.Path + " missing"
		}
		a, err1 := os.Stat(filepath.Join(dir, filepath.FromSlash(f.Path)))
		b, err2 := os.Stat(c.path("blobs", f.Blob))
		if err1 != nil || err2 != nil || !os.SameFile(a, b) {
			return f.Path + " missing"
		}
	}
	return ""
}

// Cached is a model in the cache.
type Cached struct {
	Repo     string
	Commit   string
	Bytes    int64
	LastUsed time.Time
	InUse    bool // a Snapshot of it is not released yet
}

// Ref is the model's pinned reference.
func (m Cached) Ref() hub.Ref { return hub.Ref{Repo: m.Repo, Revision: m.Commit} }

// Models lists the complete snapshots, most recently used first: the models this provider can
// start without a download.
func (c *Cache) Models() []Cached {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Cached, 0, len(c.snaps))
	for k, s := range c.snaps {
		out = append(out, Cached{Repo: k.repo, Commit: k.commit, Bytes: s.Bytes, LastUsed: s.LastUsed, InUse: c.pins[k] > 0})
	}
	slices.SortFunc(out, func(a, b Cached) int { return b.LastUsed.Compare(a.LastUsed) })
	return out
}

// Has says whether the model ref names (pinned to a commit) is in the cache, complete.
func (c *Cache) Has(ref hub.Ref) bool {
	if !ref.Pinned() {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.snaps[snapKey{ref.Repo, ref.Revision}] != nil
}

// Snapshot is a model at one commit, complete on disk. Until Release it is never evicted.
type Snapshot struct {
	Repo   string
	Commit string
	Dir    string     // the repository's files under their paths; mount it read-only
	Files  []hub.File // as the Hub described them
	Bytes  int64      // the files' total size

	cache *Cache
	once  sync.Once
}

// Release lets the cache evict the snapshot again, and counts now as its last use. It may be
// called more than once.
func (s *Snapshot) Release() {
	s.once.Do(func() { s.cache.unpin(snapKey{s.Repo, s.Commit}) })
}

// pin holds a snapshot for a caller; c.mu held.
func (c *Cache) pin(e *snapshotEntry) *Snapshot {
	k := e.key()
	c.pins[k]++
	e.LastUsed = time.Now()
	files := make([]hub.File, len(e.Files))
	for i, f := range e.Files {
		files[i] = hub.File{Path: f.Path, Size: f.Size, SHA256: f.SHA256, BlobID: f.BlobID}
	}
	return &Snapshot{Repo: k.repo, Commit: k.commit, Dir: c.snapshotDir(k), Files: files, Bytes: e.Bytes, cache: c}
}

func (c *Cache) unpin(k snapKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pins[k]--; c.pins[k] <= 0 {
		delete(c.pins, k)
	}
	if e := c.snaps[k]; e != nil {
		e.LastUsed = time.Now()
		if err := c.saveState(); err != nil {
			c.log.Warn("model cache: saving the state", "err", err)
		}
	}
}

// refCounts is how many snapshot files use each blob; c.mu held.
func (c *Cache) refCounts() map[string]int {
	refs := map[string]int{}
	for _, s := range c.snaps {
		for _, f := range s.Files {
			refs[f.Blob]++
		}
	}
	return refs
}

// deleteBlob removes a blob and what points at it; c.mu held.
func (c *Cache) deleteBlob(sha string) {
	if err := os.Remove(c.path("blobs", sha)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		c.log.Warn("model cache: removing a blob", "err", err)
	}
	delete(c.blobs, sha)
	for id, s := range c.gitIndex {
		if s == sha {
			delete(c.gitIndex, id)
		}
	}
}

func (c *Cache) path(elem ...string) string {
	return filepath.Join(append([]string{c.dir}, elem...)...)
}

func (c *Cache) statePath() string { return c.path("state.json") }

// snapshotDir is snapshots/<org>--<name>/<commit>; hub ids never hold "--", so it is unique.
func (c *Cache) snapshotDir(k snapKey) string {
	return c.path("snapshots", strings.Replace(k.repo, "/", "--", 1), k.commit)
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}
