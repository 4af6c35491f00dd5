package modelcache

import (
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"sync/atomic"
	"time"

	"github.com/gintonic/gintonic/hub"
)

// errAbandoned ends a download every fetch waiting on it gave up on.
var errAbandoned = errors.New("download abandoned")

// errStalled ends an attempt that received nothing for the stall timeout.
var errStalled = errors.New("download stalled")

// download is one file being downloaded into partial/, shared by the fetches that need it. It
// runs on its own context, cancelled when the last fetch waiting on it leaves, so that one
// caller giving up does not fail the others.
type download struct {
	key    string // partial key
	ref    hub.Ref
	file   hub.File
	token  string
	cancel context.CancelCauseFunc

	present atomic.Int64 // bytes in the partial file
	fetched atomic.Int64 // bytes received from the network

	// c.mu guards these.
	waiters   int
	abandoned bool

	done chan struct{} // closed when sha or err is set
	sha  string
	err  error
}

// startDownload starts downloading f; c.mu held.
func (c *Cache) startDownload(ref hub.Ref, f hub.File, token string) *download {
	ctx, cancel := context.WithCancelCause(context.Background())
	pf := planFile{File: f}
	d := &download{key: pf.partKey(), ref: ref, file: f, token: token, cancel: cancel, done: make(chan struct{})}
	c.downloads[d.key] = d
	go func() {
		sha, err := c.download(ctx, d)
		c.mu.Lock()
		delete(c.downloads, d.key)
		if err == nil {
			c.blobs[sha] = f.Size
			if !f.LFS() {
				c.gitIndex[f.BlobID] = sha
			}
		}
		d.sha, d.err = sha, err
		close(d.done)
		c.mu.Unlock()
		cancel(nil)
	}()
	return d
}

// leave is a waiter giving up on d; the last one stops it.
func (c *Cache) leave(d *download) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d.waiters--; d.waiters == 0 {
		d.abandoned = true
		d.cancel(errAbandoned)
	}
}

// download fetches d's file into blobs/ and returns its sha256. It retries after network
// failures, resuming each time, until an attempt in maxStalls in a row receives nothing.
func (c *Cache) download(ctx context.Context, d *download) (string, error) {
	began := time.Now()
	stalls, restarted := 0, false
	for {
		before := d.fetched.Load()
		sha, resumed, err := c.transfer(ctx, d)
		switch {
		case err == nil:
			c.log.Debug("model file downloaded", "model", d.ref.String(), "file", d.file.Path, "bytes", d.file.Size,
				"fetched", d.fetched.Load(), "took", time.Since(began).Round(time.Millisecond))
			return sha, nil
		case ctx.Err() != nil:
			return "", fmt.Errorf("model %s: %s: %w", d.ref, d.file.Path, context.Cause(ctx))
		case errors.Is(err, ErrCorrupt) && resumed && !restarted:
			// The bytes kept from an earlier attempt may be the bad ones: once more from zero.
			restarted = true
			continue
		case errors.Is(err, ErrCorrupt), errors.Is(err, hub.ErrUnauthorized), errors.Is(err, hub.ErrNotFound), isFSError(err):
			return "", err
		}
		if d.fetched.Load() > before {
			stalls = 0
		} else if stalls++; stalls >= maxStalls {
			return "", err
		}
		wait := c.retryWait << max(stalls-1, 0)
		c.log.Warn("model download failed, resuming", "model", d.ref.String(), "file", d.file.Path,
			"have", d.present.Load(), "of", d.file.Size, "retry_in", wait, "err", err)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return "", fmt.Errorf("model %s: %s: %w", d.ref, d.file.Path, context.Cause(ctx))
		}
	}
}

// transfer makes one attempt: it hashes what partial/ holds already, appends the rest from the
// Hub, verifies the whole and moves it into blobs/. resumed says whether bytes of an earlier
// attempt were used.
func (c *Cache) transfer(ctx context.Context, d *download) (sha string, resumed bool, err error) {
	f := d.file
	part := c.path("partial", d.key+".part")
	fh, err := os.OpenFile(part, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	off := st.Size()
	if off > f.Size {
		if err := fh.Truncate(0); err != nil {
			return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
		}
		off = 0
	}
	h := newVerifier(f)
	if _, err := io.Copy(h, io.NewSectionReader(fh, 0, off)); err != nil {
		return "", false, fmt.Errorf("model %s: %s: reading the partial download: %w", d.ref, f.Path, err)
	}
	d.present.Store(off)
	if off < f.Size {
		if err := c.append(ctx, d, fh, h, off); err != nil {
			return "", off > 0, err
		}
	}
	if err := fh.Sync(); err != nil {
		return "", off > 0, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	sha, got, want := h.result()
	if got != want {
		fh.Close()
		os.Remove(part)
		return "", off > 0, fmt.Errorf("model %s: %w: %s has %s %s, the hub published %s; the partial download was deleted",
			d.ref, ErrCorrupt, f.Path, h.kind(), got, want)
	}
	if err := fh.Close(); err != nil {
		return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	blob := c.path("blobs", sha)
	if _, err := os.Stat(blob); err == nil {
		os.Remove(part) // the same content under another name got here first: keep its inode
		return sha, off > 0, nil
	}
	if err := os.Chmod(part, 0o444); err != nil {
		return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	if err := os.Rename(part, blob); err != nil {
		return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	if err := syncDir(c.path("blobs")); err != nil {
		return "", false, fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	return sha, off > 0, nil
}

// append writes the file from off to its end into fh, through h.
func (c *Cache) append(ctx context.Context, d *download, fh *os.File, h io.Writer, off int64) error {
	f := d.file
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	watchdog := time.AfterFunc(c.stall, func() { cancel(errStalled) })
	defer watchdog.Stop()
	body, err := c.hubFor(d.ref.Repo).Open(ctx, d.ref.Repo, d.ref.Revision, f.Path, d.token, off)
	if err != nil {
		if context.Cause(ctx) == errStalled {
			err = fmt.Errorf("model %s: %s: %w", d.ref, f.Path, errStalled)
		}
		return err
	}
	defer body.Close()
	if _, err := fh.Seek(off, io.SeekStart); err != nil {
		return fmt.Errorf("model %s: %s: %w", d.ref, f.Path, err)
	}
	w := io.MultiWriter(fh, h, countWriter{d, func() { watchdog.Reset(c.stall) }})
	if _, err := io.CopyN(w, body, f.Size-off); err != nil {
		fh.Sync() // keep what came for the next attempt
		if context.Cause(ctx) == errStalled {
			err = errStalled
		} else if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("model %s: %s: after %d of %d bytes: %w", d.ref, f.Path, d.present.Load(), f.Size, err)
	}
	return nil
}

type countWriter struct {
	d    *download
	tick func()
}

func (w countWriter) Write(p []byte) (int, error) {
	w.d.present.Add(int64(len(p)))
	w.d.fetched.Add(int64(len(p)))
	w.tick()
	return len(p), nil
}

// verifier hashes a file as it arrives: sha256 always (the blob's name) and, for a file outside
// LFS, the git blob sha1 the Hub publishes for it.
type verifier struct {
	f      hub.File
	sha256 hash.Hash
	git    hash.Hash // nil for an LFS file
}

func newVerifier(f hub.File) *verifier {
	v := &verifier{f: f, sha256: sha256.New()}
	if !f.LFS() {
		v.git = sha1.New()
		fmt.Fprintf(v.git, "blob %d\x00", f.Size)
	}
	return v
}

func (v *verifier) Write(p []byte) (int, error) {
	v.sha256.Write(p)
	if v.git != nil {
		v.git.Write(p)
	}
	return len(p), nil
}

func (v *verifier) kind() string {
	if v.git != nil {
		return "git blob sha1"
	}
	return "sha256"
}

// result is the blob's sha256 and the hash to compare with what the Hub published.
func (v *verifier) result() (sha, got, want string) {
	sha = hex.EncodeToString(v.sha256.Sum(nil))
	if v.git != nil {
		return sha, hex.EncodeToString(v.git.Sum(nil)), v.f.BlobID
	}
	return sha, sha, v.f.SHA256
}

func isFSError(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe)
}
