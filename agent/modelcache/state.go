package modelcache

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// stateVersion changes when state.json changes shape; another version starts the cache empty.
const stateVersion = 1

// state is state.json: the complete snapshots, so that what is warm and the LRU order survive a
// restart.
type state struct {
	Version   int              `json:"version"`
	Snapshots []*snapshotEntry `json:"snapshots"`
}

type snapshotEntry struct {
	Repo     string      `json:"repo"`
	Commit   string      `json:"commit"`
	Gated    bool        `json:"gated,omitempty"`
	Private  bool        `json:"private,omitempty"`
	Files    []fileEntry `json:"files"`
	Bytes    int64       `json:"bytes"`
	LastUsed time.Time   `json:"lastUsed"`
}

func (s *snapshotEntry) key() snapKey { return snapKey{s.Repo, s.Commit} }

type fileEntry struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256,omitempty"` // LFS hash the Hub published
	BlobID string `json:"blobId,omitempty"` // git blob id the Hub published
	Blob   string `json:"blob"`             // sha256 of the content: its name under blobs/
}

func (f fileEntry) lfs() bool { return f.SHA256 != "" }

// loadState reads state.json; a missing file is an empty cache. A file that does not parse is
// set aside, so that a damaged state costs a download rather than the provider's start.
func loadState(path string) (map[snapKey]*snapshotEntry, error) {
	snaps := map[snapKey]*snapshotEntry{}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return snaps, nil
	}
	if err != nil {
		return nil, fmt.Errorf("model cache: %w", err)
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil || st.Version != stateVersion {
		os.Rename(path, path+".bad")
		return snaps, nil
	}
	for _, s := range st.Snapshots {
		if s != nil && s.Repo != "" && isHex(s.Commit, 40) && validEntries(s.Files) {
			snaps[s.key()] = s
		}
	}
	return snaps, nil
}

func validEntries(files []fileEntry) bool {
	for _, f := range files {
		if !isHex(f.Blob, 64) || !filepath.IsLocal(filepath.FromSlash(f.Path)) || strings.Contains(f.Path, `\`) {
			return false
		}
	}
	return true
}

// saveState writes state.json durably: a temporary file, synced, renamed over the old one, and
// the directory synced; c.mu held.
func (c *Cache) saveState() error {
	st := state{Version: stateVersion}
	for _, s := range c.snaps {
		st.Snapshots = append(st.Snapshots, s)
	}
	slices.SortFunc(st.Snapshots, func(a, b *snapshotEntry) int {
		return strings.Compare(a.Repo+"@"+a.Commit, b.Repo+"@"+b.Commit)
	})
	b, err := json.MarshalIndent(st, "", "\t")
	if err != nil {
		return err
	}
	return writeFileSync(c.statePath(), b)
}

// writeFileSync replaces path with b so that a crash leaves the old content or the new, never
// a mix.
func writeFileSync(path string, b []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
