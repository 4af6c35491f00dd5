package hubtest

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/gintonic/gintonic/hub"
)

// LFSThreshold is the size from which a file is stored in Git LFS, as the Hub requires of files
// over 10 MiB. Weights (.gguf, .safetensors, .bin, .pt, .pth, .onnx, .h5, .msgpack) are LFS at
// any size, as the .gitattributes of a new Hub repository says.
const LFSThreshold = 10 << 20

var lfsExts = []string{".gguf", ".safetensors", ".bin", ".pt", ".pth", ".onnx", ".h5", ".msgpack"}

type repo struct {
	id       string
	commits  map[string]*commit
	branches map[string]string
	tags     map[string]string
	token    string // "" for a public repository
	gated    bool   // metadata public, downloads need token
	private  bool   // everything needs token
}

type commit struct {
	sha   string
	files []*file // sorted by path
}

type file struct {
	path   string
	data   []byte
	blobID string // git blob sha1 of data, or of the LFS pointer
	sha256 string // for an LFS file; "" otherwise
	// declared is the size of a file listed with no content (Declared): downloads of it fail.
	declared int64
}

// size is the file's size as the metadata lists it.
func (f *file) size() int64 {
	if f.declared > 0 {
		return f.declared
	}
	return int64(len(f.data))
}

func (c *commit) file(p string) *file {
	i, ok := slices.BinarySearchFunc(c.files, p, func(f *file, p string) int { return strings.Compare(f.path, p) })
	if !ok {
		return nil
	}
	return c.files[i]
}

// Option changes what AddRepo does.
type Option func(*options)

type options struct {
	branch   string
	tags     []string
	lfs      map[string]bool
	token    string
	gated    bool
	private  bool
	declared map[string]int64
}

// Branch commits on branch instead of main.
func Branch(name string) Option { return func(o *options) { o.branch = name } }

// Tag points tags at the new commit.
func Tag(names ...string) Option { return func(o *options) { o.tags = append(o.tags, names...) } }

// LFS stores paths in Git LFS whatever their size.
func LFS(paths ...string) Option {
	return func(o *options) {
		for _, p := range paths {
			o.lfs[p] = true
		}
	}
}

// Declared lists an LFS file of size bytes with no content: the metadata shows it (so a fit
// check can size a 16 GiB model from it), its download answers 404. It stands in for weights
// too large to hold in a test.
func Declared(path string, size int64) Option {
	return func(o *options) {
		if o.declared == nil {
			o.declared = map[string]int64{}
		}
		o.declared[path] = size
	}
}

// Gated makes the repository gated: its metadata is public, its files need token (401 without
// a token, 403 with another).
func Gated(token string) Option { return func(o *options) { o.gated, o.token = true, token } }

// Private makes the repository private: metadata and files need token (401 without a token, 403
// with another).
func Private(token string) Option { return func(o *options) { o.private, o.token = true, token } }

// AddRepo commits files (path to content) to repository id, creating it if need be, and moves
// the branch (main unless Branch says otherwise) to the new commit, whose id it returns. The id
// is a sha1 of the repository, the parent and the files, so the same calls give the same
// commits; committing the branch's files again changes nothing. Earlier commits stay reachable
// by id. It panics on an invalid repository id or file path, as a test's mistake.
func (s *Server) AddRepo(id string, files map[string][]byte, opts ...Option) string {
	if err := hub.ValidateRepoID(id); err != nil {
		panic("hubtest: " + err.Error())
	}
	o := options{branch: hub.DefaultRevision, lfs: map[string]bool{}}
	for _, opt := range opts {
		opt(&o)
	}
	c := &commit{}
	for p, data := range files {
		if p == "" || strings.HasPrefix(p, "/") || path.Clean(p) != p || strings.HasPrefix(p, "../") || p == ".." {
			panic(fmt.Sprintf("hubtest: file path %q in %s", p, id))
		}
		f := &file{path: p, data: data, blobID: gitBlobID(data)}
		if o.lfs[p] || len(data) >= LFSThreshold || slices.Contains(lfsExts, path.Ext(p)) {
			sum := sha256.Sum256(data)
			f.sha256 = hex.EncodeToString(sum[:])
			f.blobID = gitBlobID(fmt.Appendf(nil, "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n", f.sha256, len(data)))
		}
		c.files = append(c.files, f)
	}
	for p, size := range o.declared {
		sum := sha256.Sum256(fmt.Appendf(nil, "declared %s %d", p, size))
		f := &file{path: p, declared: size, sha256: hex.EncodeToString(sum[:])}
		f.blobID = gitBlobID(fmt.Appendf(nil, "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n", f.sha256, size))
		c.files = append(c.files, f)
	}
	slices.SortFunc(c.files, func(a, b *file) int { return strings.Compare(a.path, b.path) })

	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.repos[id]
	if r == nil {
		r = &repo{id: id, commits: map[string]*commit{}, branches: map[string]string{}, tags: map[string]string{}}
		s.repos[id] = r
	}
	if o.token != "" {
		r.token, r.gated, r.private = o.token, o.gated, o.private
	}
	parent := r.branches[o.branch]
	if p := r.commits[parent]; p == nil || !sameTree(p, c) {
		h := sha1.New()
		fmt.Fprintf(h, "repo %s\nparent %s\n", id, parent)
		for _, f := range c.files {
			fmt.Fprintf(h, "%s\x00%s\n", f.path, f.blobID)
		}
		c.sha = hex.EncodeToString(h.Sum(nil))
		r.commits[c.sha] = c
		r.branches[o.branch] = c.sha
	}
	head := r.branches[o.branch]
	for _, t := range o.tags {
		r.tags[t] = head
	}
	return head
}

func sameTree(a, b *commit) bool {
	return slices.EqualFunc(a.files, b.files, func(x, y *file) bool {
		return x.path == y.path && x.blobID == y.blobID && x.sha256 == y.sha256
	})
}

// resolve finds a revision: a commit id, a branch or a tag.
func (r *repo) resolve(rev string) *commit {
	if c := r.commits[rev]; c != nil {
		return c
	}
	if sha, ok := r.branches[rev]; ok {
		return r.commits[sha]
	}
	if sha, ok := r.tags[rev]; ok {
		return r.commits[sha]
	}
	return nil
}

// gitBlobID is git's object id for a blob: sha1 of "blob <len>\x00" and the content.
func gitBlobID(data []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(data))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}
