package modelcache

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gintonic/gintonic/engines"
	"github.com/gintonic/gintonic/hub"
)

// Fetch makes the model ref names (pinned to a commit) complete in the cache and holds it for
// the caller until Snapshot.Release. A cached model costs no download (a gated or private one
// costs a request proving that token may read it); otherwise each missing file is downloaded,
// resuming what an earlier attempt left, verified against the Hub's hash and linked into the
// snapshot. Fetches that need the same file share its download. Least recently used models go
// first when space is needed. progress, which may be nil, is called at most about four times a
// second and once at the end.
func (c *Cache) Fetch(ctx context.Context, ref hub.Ref, token string, progress func(Progress)) (*Snapshot, error) {
	if err := hub.ValidateRepoID(ref.Repo); err != nil {
		return nil, fmt.Errorf("model %s: %w", ref, err)
	}
	if !ref.Pinned() {
		return nil, fmt.Errorf("model %s: %w: name a commit (hf://%s@<40 hex>), so that every replica serves the same weights", ref, ErrNotPinned, ref.Repo)
	}
	key := snapKey{ref.Repo, ref.Revision}
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return nil, fmt.Errorf("model %s: %w", ref, errClosed)
	}
	rep := newReporter(ref.Repo, progress)
	if s, err := c.fromCache(ctx, key, token, rep); s != nil || err != nil {
		return s, err
	}

	began := time.Now()
	info, err := c.hubFor(ref.Repo).Info(ctx, ref, token)
	if err != nil {
		return nil, err
	}
	if info.Gated && token == "" {
		return nil, &kindError{hub.ErrUnauthorized, fmt.Sprintf("%s is gated: pass a Hugging Face token whose account accepted its terms as the job secret HF_TOKEN", ref)}
	}
	files, err := plan(ref, info)
	if err != nil {
		return nil, err
	}
	rep.total = totalSize(files)
	r, err := c.reserve(ref, files)
	if err != nil {
		return nil, err
	}
	defer c.unreserve(r)
	for i := range files {
		if err := c.ensure(ctx, ref, &files[i], token, rep); err != nil {
			return nil, err
		}
	}
	s, err := c.link(key, info, files)
	if err != nil {
		return nil, err
	}
	rep.finish()
	c.log.Info("model fetched", "model", ref.String(), "bytes", s.Bytes, "downloaded", rep.fetched, "took", time.Since(began).Round(time.Millisecond))
	return s, nil
}

// fromCache pins a complete snapshot, if there is one; a gated or private one only for a token
// the Hub lets read it.
func (c *Cache) fromCache(ctx context.Context, k snapKey, token string, rep *reporter) (*Snapshot, error) {
	c.mu.Lock()
	e := c.snaps[k]
	if e == nil {
		c.mu.Unlock()
		return nil, nil
	}
	s := c.pin(e)
	restricted, probe := e.Gated || e.Private, smallest(e.Files)
	rep.total = e.Bytes
	c.mu.Unlock()
	if restricted {
		// The cache must not hand a gated model to a job whose owner has no access to it.
		var err error = &kindError{hub.ErrUnauthorized, fmt.Sprintf("%s is gated or private: pass a Hugging Face token as the job secret HF_TOKEN", k.ref())}
		if token != "" {
			_, err = c.hubFor(k.repo).ReadRange(ctx, k.repo, k.commit, probe, token, 0, 1)
			if errors.Is(err, io.EOF) { // an empty file: the token passed, there is no byte
				err = nil
			}
		}
		if err != nil {
			s.Release()
			return nil, err
		}
	}
	rep.cached = true
	rep.finish()
	return s, nil
}

// planFile is a file to have in blobs/.
type planFile struct {
	hub.File
	blob string // sha256 of the content, once known
}

// partKey names the file's download under partial/: the hash the Hub published.
func (f *planFile) partKey() string {
	if f.LFS() {
		return f.SHA256
	}
	return f.BlobID
}

// plan checks the files the Hub listed: paths that stay inside the snapshot, hashes to verify.
func plan(ref hub.Ref, info hub.Repo) ([]planFile, error) {
	seen := map[string]bool{}
	var files []planFile
	paths := make([]string, len(info.Files))
	for i, f := range info.Files {
		paths[i] = f.Path
	}
	// Only what serving the model takes: one quantization of a GGUF repository, the safetensors
	// of one with other formats' copies too (engines.Needed, the rule the API sized it by).
	needed, err := engines.Needed(paths)
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", ref, err)
	}
	for _, f := range info.Files {
		if !slices.Contains(needed, f.Path) {
			continue
		}
		p := filepath.FromSlash(f.Path)
		if !filepath.IsLocal(p) || strings.Contains(f.Path, `\`) || seen[f.Path] {
			return nil, fmt.Errorf("model %s: the hub lists a file at %q, outside the repository or twice", ref, f.Path)
		}
		seen[f.Path] = true
		pf := planFile{File: f}
		switch {
		case f.LFS() && isHex(f.SHA256, 64):
			pf.blob = f.SHA256
		case !f.LFS() && isHex(f.BlobID, 40):
		default:
			return nil, fmt.Errorf("model %s: the hub publishes no hash to verify %s by", ref, f.Path)
		}
		files = append(files, pf)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("model %s: the repository holds no files", ref)
	}
	return files, nil
}

func totalSize(files []planFile) int64 {
	var n int64
	for _, f := range files {
		n += f.Size
	}
	return n
}

// ensure has f in blobs/, downloading it or joining the download another fetch started.
func (c *Cache) ensure(ctx context.Context, ref hub.Ref, f *planFile, token string, rep *reporter) error {
	for {
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return fmt.Errorf("model %s: %w", ref, errClosed)
		}
		if f.blob == "" {
			f.blob = c.gitIndex[f.BlobID]
		}
		if _, ok := c.blobs[f.blob]; ok && f.blob != "" {
			c.mu.Unlock()
			rep.skip(f.Size)
			return nil
		}
		d := c.downloads[f.partKey()]
		if d != nil && d.abandoned {
			c.mu.Unlock()
			<-d.done // its goroutine still writes the partial file: wait, then start afresh
			continue
		}
		if d == nil {
			d = c.startDownload(ref, f.File, token)
		}
		d.waiters++
		c.mu.Unlock()

		sha, err := c.wait(ctx, d, f, rep)
		if err != nil && ctx.Err() == nil && errors.Is(err, errAbandoned) {
			continue // the others waiting gave up just as this fetch joined
		}
		if err != nil {
			return err
		}
		f.blob = sha
		return nil
	}
}

// wait follows d until it ends or ctx does, reporting progress.
func (c *Cache) wait(ctx context.Context, d *download, f *planFile, rep *reporter) (string, error) {
	tick := time.NewTicker(progressEvery)
	defer tick.Stop()
	rep.begin(f.Path, d)
	for {
		select {
		case <-d.done:
			if d.err != nil {
				rep.end(d, 0)
				return "", d.err
			}
			rep.end(d, f.Size)
			return d.sha, nil
		case <-ctx.Done():
			c.leave(d)
			rep.end(d, 0)
			return "", fmt.Errorf("model %s: %s: %w", rep.repo, f.Path, context.Cause(ctx))
		case <-tick.C:
			rep.report(false)
		}
	}
}

// link lays the snapshot out as hard links to the blobs, records it and pins it for the caller.
// A concurrent fetch of the same model may have done so first.
func (c *Cache) link(k snapKey, info hub.Repo, files []planFile) (*Snapshot, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.snaps[k]; e != nil {
		return c.pin(e), nil
	}
	dir := c.snapshotDir(k)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, fmt.Errorf("model %s: %w", k.ref(), err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".tmp-"+k.commit+"-")
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", k.ref(), err)
	}
	defer os.RemoveAll(tmp)
	os.Chmod(tmp, 0o755)
	e := &snapshotEntry{Repo: k.repo, Commit: k.commit, Gated: info.Gated, Private: info.Private}
	for _, f := range files {
		p := filepath.Join(tmp, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, fmt.Errorf("model %s: %s: %w", k.ref(), f.Path, err)
		}
		if err := os.Link(c.path("blobs", f.blob), p); err != nil {
			return nil, fmt.Errorf("model %s: linking %s: %w", k.ref(), f.Path, err)
		}
		e.Files = append(e.Files, fileEntry{Path: f.Path, Size: f.Size, SHA256: f.SHA256, BlobID: f.BlobID, Blob: f.blob})
		e.Bytes += f.Size
	}
	os.RemoveAll(dir)
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fmt.Errorf("model %s: %w", k.ref(), err)
	}
	if err := syncDir(filepath.Dir(dir)); err != nil {
		return nil, fmt.Errorf("model %s: %w", k.ref(), err)
	}
	c.snaps[k] = e
	s := c.pin(e)
	if err := c.saveState(); err != nil {
		c.log.Warn("model cache: saving the state", "err", err)
	}
	return s, nil
}

// smallest is the path of the smallest file: what a token's access is tested with.
func smallest(files []fileEntry) string {
	best := 0
	for i, f := range files {
		if f.Size < files[best].Size {
			best = i
		}
	}
	if len(files) == 0 {
		return ""
	}
	return files[best].Path
}
