// Package hub is a client of the Hugging Face Hub's HTTP API: which files a model repository
// holds at a revision, with their sizes and hashes, and the bytes of those files, whole or from
// an offset. Package hubtest serves the same API for tests and the dev stack.
package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// DefaultEndpoint is the public Hub.
const DefaultEndpoint = "https://huggingface.co"

// maxInfoBytes bounds a repository's metadata: repositories with tens of thousands of files
// stay well under it.
const maxInfoBytes = 64 << 20

// Client talks to one Hub endpoint. Tokens are passed per call, because each job brings its own.
type Client struct {
	Endpoint string       // base URL without a trailing slash, like https://huggingface.co
	HTTP     *http.Client // nil: a client whose transport gives up on a server silent for a minute
}

// NewClient is a Client for endpoint; "" means $HF_ENDPOINT, else DefaultEndpoint.
func NewClient(endpoint string) *Client {
	if endpoint == "" {
		endpoint = os.Getenv("HF_ENDPOINT")
	}
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	return &Client{Endpoint: strings.TrimRight(endpoint, "/")}
}

// defaultHTTP has no overall timeout (a model takes as long as it takes) but does not wait
// forever for response headers.
var defaultHTTP = func() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.ResponseHeaderTimeout = time.Minute
	return &http.Client{Transport: t}
}()

// File is one file of a repository at a commit.
type File struct {
	Path   string // relative, slash-separated, like "model.gguf" or "onnx/model.onnx"
	Size   int64
	SHA256 string // hex sha256 of the content for a Git LFS file; "" for a file in Git itself
	BlobID string // hex git blob sha1; for an LFS file, that of its pointer
}

// LFS says whether the file is stored in Git LFS, whose metadata carries its sha256.
func (f File) LFS() bool { return f.SHA256 != "" }

// Repo is what a repository holds at one commit.
type Repo struct {
	ID      string // org/name as the Hub spells it
	Commit  string // 40 hex digits
	Files   []File
	Gated   bool // downloads need a token whose account accepted the model's terms
	Private bool // everything needs a token with access
}

// Info reads the repository and revision ref names: its commit and files with their sizes and
// hashes. token may be "" for a public repository.
func (c *Client) Info(ctx context.Context, ref Ref, token string) (Repo, error) {
	if err := ValidateRepoID(ref.Repo); err != nil {
		return Repo{}, err
	}
	u := c.Endpoint + "/api/models/" + escapePath(ref.Repo) + "/revision/" + url.PathEscape(ref.rev()) + "?blobs=true"
	t := target{repo: ref.Repo, rev: ref.rev(), token: token != ""}
	res, err := c.get(ctx, u, token, "", t)
	if err != nil {
		return Repo{}, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return Repo{}, statusError(res, t)
	}
	var m struct {
		ID       string          `json:"id"`
		SHA      string          `json:"sha"`
		Private  bool            `json:"private"`
		Gated    json.RawMessage `json:"gated"` // false, "auto" or "manual"
		Siblings []struct {
			RFilename string `json:"rfilename"`
			Size      *int64 `json:"size"`
			BlobID    string `json:"blobId"`
			LFS       *struct {
				SHA256 string `json:"sha256"`
				Size   int64  `json:"size"`
			} `json:"lfs"`
		} `json:"siblings"`
	}
	if err := json.NewDecoder(io.LimitReader(res.Body, maxInfoBytes)).Decode(&m); err != nil {
		return Repo{}, fmt.Errorf("%s: reading the hub's answer from %s: %w", ref, c.Endpoint, err)
	}
	repo := Repo{ID: m.ID, Commit: m.SHA, Private: m.Private}
	if repo.ID == "" {
		repo.ID = ref.Repo
	}
	if g := strings.TrimSpace(string(m.Gated)); g != "" && g != "false" && g != "null" {
		repo.Gated = true
	}
	if !isCommit(repo.Commit) {
		return Repo{}, fmt.Errorf("%s: the hub at %s answered no commit (sha %q)", ref, c.Endpoint, m.SHA)
	}
	if ref.Pinned() && repo.Commit != ref.Revision {
		return Repo{}, fmt.Errorf("%s: the hub at %s answered commit %s instead", ref, c.Endpoint, repo.Commit)
	}
	for _, s := range m.Siblings {
		f := File{Path: s.RFilename, BlobID: s.BlobID}
		switch {
		case s.LFS != nil:
			f.SHA256, f.Size = s.LFS.SHA256, s.LFS.Size
			if !isHex(f.SHA256, 64) {
				return Repo{}, fmt.Errorf("%s: file %s: the hub answered no sha256 (%q)", ref, f.Path, f.SHA256)
			}
		case s.Size != nil:
			f.Size = *s.Size
		default:
			return Repo{}, fmt.Errorf("%s: file %s: the hub answered no size", ref, f.Path)
		}
		if f.Path == "" || f.Size < 0 || !f.LFS() && !isHex(f.BlobID, 40) {
			return Repo{}, fmt.Errorf("%s: file %q: the hub answered no blob id or a bad size", ref, f.Path)
		}
		repo.Files = append(repo.Files, f)
	}
	return repo, nil
}

// Open reads a file of repo at commit from offset on (0: the whole file). The Hub redirects LFS
// files to a CDN; the token goes along only to the Hub's own host.
func (c *Client) Open(ctx context.Context, repo, commit, path, token string, offset int64) (io.ReadCloser, error) {
	t := target{repo: repo, rev: commit, path: path, token: token != ""}
	if offset < 0 {
		return nil, fmt.Errorf("%s of %s: negative offset %d", path, Ref{repo, commit}, offset)
	}
	rng := ""
	if offset > 0 {
		rng = fmt.Sprintf("bytes=%d-", offset)
	}
	res, err := c.resolve(ctx, t, token, rng)
	if err != nil {
		return nil, err
	}
	switch {
	case res.StatusCode == http.StatusOK:
		if offset > 0 { // a server that ignores Range: skip what we have
			if _, err := io.CopyN(io.Discard, res.Body, offset); err != nil {
				res.Body.Close()
				return nil, fmt.Errorf("%s of %s: skipping to byte %d: %w", path, Ref{repo, commit}, offset, err)
			}
		}
		return res.Body, nil
	case res.StatusCode == http.StatusPartialContent && offset > 0:
		if start, ok := rangeStart(res.Header.Get("Content-Range")); !ok || start != offset {
			res.Body.Close()
			return nil, fmt.Errorf("%s of %s: asked for bytes from %d, the hub sent %q", path, Ref{repo, commit}, offset, res.Header.Get("Content-Range"))
		}
		return res.Body, nil
	case res.StatusCode == http.StatusRequestedRangeNotSatisfiable:
		res.Body.Close()
		return nil, fmt.Errorf("%s of %s: offset %d is past the end (%s)", path, Ref{repo, commit}, offset, res.Header.Get("Content-Range"))
	default:
		defer res.Body.Close()
		return nil, statusError(res, t)
	}
}

// ReadRange reads n bytes of a file from off: a GGUF header or a config.json without the rest
// of the file. It returns fewer bytes only when the file ends first, and an error wrapping
// io.EOF when off is at or past the end.
func (c *Client) ReadRange(ctx context.Context, repo, commit, path, token string, off, n int64) ([]byte, error) {
	t := target{repo: repo, rev: commit, path: path, token: token != ""}
	if off < 0 || n <= 0 {
		return nil, fmt.Errorf("%s of %s: bad range of %d bytes at %d", path, Ref{repo, commit}, n, off)
	}
	res, err := c.resolve(ctx, t, token, fmt.Sprintf("bytes=%d-%d", off, off+n-1))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	switch res.StatusCode {
	case http.StatusOK:
		if _, err := io.CopyN(io.Discard, res.Body, off); err == io.EOF {
			return nil, fmt.Errorf("%s of %s: offset %d: %w", path, Ref{repo, commit}, off, io.EOF)
		} else if err != nil {
			return nil, fmt.Errorf("%s of %s: %w", path, Ref{repo, commit}, err)
		}
	case http.StatusPartialContent:
		if start, ok := rangeStart(res.Header.Get("Content-Range")); !ok || start != off {
			return nil, fmt.Errorf("%s of %s: asked for bytes from %d, the hub sent %q", path, Ref{repo, commit}, off, res.Header.Get("Content-Range"))
		}
	case http.StatusRequestedRangeNotSatisfiable:
		return nil, fmt.Errorf("%s of %s: offset %d: %w", path, Ref{repo, commit}, off, io.EOF)
	default:
		return nil, statusError(res, t)
	}
	b, err := io.ReadAll(io.LimitReader(res.Body, n))
	if err != nil {
		return nil, fmt.Errorf("%s of %s: %w", path, Ref{repo, commit}, err)
	}
	if len(b) == 0 && off > 0 {
		return nil, fmt.Errorf("%s of %s: offset %d: %w", path, Ref{repo, commit}, off, io.EOF)
	}
	return b, nil
}

// resolve asks for a file's bytes.
func (c *Client) resolve(ctx context.Context, t target, token, rng string) (*http.Response, error) {
	if err := ValidateRepoID(t.repo); err != nil {
		return nil, err
	}
	if t.rev == "" || t.path == "" || strings.HasPrefix(t.path, "/") {
		return nil, fmt.Errorf("%s of %s: want a revision and a relative file path", t.path, Ref{t.repo, t.rev})
	}
	u := c.Endpoint + "/" + escapePath(t.repo) + "/resolve/" + url.PathEscape(t.rev) + "/" + escapePath(t.path)
	return c.get(ctx, u, token, rng, t)
}

// get sends a GET with the token and range, if any. It follows redirects, dropping the token
// when one leaves the host it was meant for.
func (c *Client) get(ctx context.Context, u, token, rng string, t target) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Ref{t.repo, t.rev}, err)
	}
	req.Header.Set("User-Agent", "gintonic-hub/1")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if rng != "" {
		req.Header.Set("Range", rng)
	}
	hc := *c.httpClient()
	next := hc.CheckRedirect
	hc.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if r.URL.Host != via[0].URL.Host {
			r.Header.Del("Authorization")
		}
		if next != nil {
			return next(r, via)
		}
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return nil
	}
	res, err := hc.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		what := Ref{t.repo, t.rev}.String()
		if t.path != "" {
			what = t.path + " of " + what
		}
		return nil, fmt.Errorf("%s: hub %s: %w", what, c.Endpoint, err)
	}
	return res, nil
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return defaultHTTP
}

// escapePath escapes each segment of a slash-separated path.
func escapePath(p string) string {
	seg := strings.Split(p, "/")
	for i, s := range seg {
		seg[i] = url.PathEscape(s)
	}
	return strings.Join(seg, "/")
}

// rangeStart reads the first byte position of a Content-Range: bytes a-b/n.
func rangeStart(cr string) (int64, bool) {
	rest, ok := strings.CutPrefix(cr, "bytes ")
	if !ok {
		return 0, false
	}
	a, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(a, 10, 64)
	return n, err == nil
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
