package hubtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// ServeHTTP answers GET (and HEAD) /api/models/<repo>[/revision/<rev>] and
// /<repo>/resolve/<rev>/<path> as the Hub does, down to its X-Error-Code headers.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hubError(w, http.StatusMethodNotAllowed, "", "method not allowed")
		return
	}
	seg := strings.Split(strings.TrimPrefix(r.URL.EscapedPath(), "/"), "/")
	for i, p := range seg {
		u, err := url.PathUnescape(p)
		if err != nil {
			hubError(w, http.StatusBadRequest, "", "bad path")
			return
		}
		seg[i] = u
	}
	switch {
	case len(seg) >= 4 && seg[0] == "api" && seg[1] == "models":
		rev := "main"
		if len(seg) > 4 {
			if seg[4] != "revision" || len(seg) < 6 {
				hubError(w, http.StatusNotFound, "", "not found")
				return
			}
			rev = strings.Join(seg[5:], "/")
		}
		s.serveInfo(w, r, seg[2]+"/"+seg[3], rev)
	case len(seg) >= 5 && seg[2] == "resolve":
		s.serveFile(w, r, seg[0]+"/"+seg[1], seg[3], strings.Join(seg[4:], "/"))
	default:
		hubError(w, http.StatusNotFound, "", "not found")
	}
}

// lookup finds revision rev of repository id for r (its files, when files), answering the Hub's
// 401, 403 or 404 itself when it cannot; s.mu held.
func (s *Server) lookup(w http.ResponseWriter, r *http.Request, id, rev string, files bool) (*repo, *commit, bool) {
	rp := s.repos[id]
	if rp == nil {
		hubError(w, http.StatusNotFound, "RepoNotFound", "Repository not found")
		return nil, nil, false
	}
	if !authorize(w, r, rp, files) {
		return nil, nil, false
	}
	c := rp.resolve(rev)
	if c == nil {
		hubError(w, http.StatusNotFound, "RevisionNotFound", fmt.Sprintf("Invalid rev id: %s", rev))
		return nil, nil, false
	}
	return rp, c, true
}

// authorize checks the bearer token for a gated or private repository; s.mu held.
func authorize(w http.ResponseWriter, r *http.Request, rp *repo, files bool) bool {
	if rp.token == "" || !rp.private && !files {
		return true
	}
	code := "RepoNotFound"
	if rp.gated {
		code = "GatedRepo"
	}
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	switch {
	case !ok || tok == "":
		hubError(w, http.StatusUnauthorized, code, fmt.Sprintf("Access to model %s is restricted. You must have access to it and be authenticated to access it. Please log in.", rp.id))
		return false
	case tok != rp.token:
		hubError(w, http.StatusForbidden, code, fmt.Sprintf("Access to model %s is restricted and you are not in the authorized list.", rp.id))
		return false
	}
	return true
}

type sibling struct {
	RFilename string `json:"rfilename"`
	Size      *int64 `json:"size,omitempty"`
	BlobID    string `json:"blobId,omitempty"`
	LFS       *lfs   `json:"lfs,omitempty"`
}

type lfs struct {
	SHA256      string `json:"sha256"`
	Size        int64  `json:"size"`
	PointerSize int    `json:"pointerSize"`
}

func (s *Server) serveInfo(w http.ResponseWriter, r *http.Request, id, rev string) {
	s.mu.Lock()
	rp, c, ok := s.lookup(w, r, id, rev, false)
	if !ok {
		s.mu.Unlock()
		return
	}
	blobs := r.URL.Query().Get("blobs") == "true"
	sib := make([]sibling, 0, len(c.files))
	for _, f := range c.files {
		sb := sibling{RFilename: f.path}
		if blobs {
			size := f.size()
			sb.Size, sb.BlobID = &size, f.blobID
			if f.sha256 != "" {
				sb.LFS = &lfs{SHA256: f.sha256, Size: size, PointerSize: 134}
			}
		}
		sib = append(sib, sb)
	}
	var gated any = false
	if rp.gated {
		gated = "manual"
	}
	body := map[string]any{"_id": id, "id": id, "modelId": id, "sha": c.sha, "private": rp.private, "gated": gated,
		"disabled": false, "siblings": sib}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Repo-Commit", c.sha)
	json.NewEncoder(w).Encode(body)
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, id, rev, path string) {
	s.mu.Lock()
	_, c, ok := s.lookup(w, r, id, rev, true)
	if !ok {
		s.mu.Unlock()
		return
	}
	f := c.file(path)
	if f == nil || f.declared > 0 {
		s.mu.Unlock()
		hubError(w, http.StatusNotFound, "EntryNotFound", fmt.Sprintf("%s does not exist on %q", path, rev))
		return
	}
	k := fileKey{id, path}
	data, cut := f.data, int64(-1)
	if ft := s.faults[k]; ft != nil {
		cut = ft.cutAfter
		if ft.corrupt && len(data) > 0 {
			data = append([]byte(nil), data...)
			data[len(data)/2] ^= 0xff
		}
	}
	cnt := s.served[k]
	if cnt == nil {
		cnt = &counter{}
		s.served[k] = cnt
	}
	if r.Method == http.MethodGet {
		cnt.requests++
	}
	throttle := s.throttle
	s.mu.Unlock()

	size := int64(len(data))
	h := w.Header()
	h.Set("X-Repo-Commit", c.sha)
	h.Set("Accept-Ranges", "bytes")
	h.Set("Content-Type", "application/octet-stream")
	if f.sha256 != "" {
		h.Set("ETag", `"`+f.sha256+`"`)
		h.Set("X-Linked-Etag", `"`+f.sha256+`"`)
		h.Set("X-Linked-Size", strconv.FormatInt(size, 10))
	} else {
		h.Set("ETag", `"`+f.blobID+`"`)
	}
	start, end, status := int64(0), size, http.StatusOK
	if rng := r.Header.Get("Range"); rng != "" {
		a, b, ok, satisfiable := parseRange(rng, size)
		switch {
		case ok && !satisfiable:
			h.Set("Content-Range", fmt.Sprintf("bytes */%d", size))
			hubError(w, http.StatusRequestedRangeNotSatisfiable, "", "Requested Range Not Satisfiable")
			return
		case ok:
			start, end, status = a, b, http.StatusPartialContent
			h.Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", a, b-1, size))
		}
	}
	h.Set("Content-Length", strconv.FormatInt(end-start, 10))
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	s.send(w, r, cnt, data[start:end], cut, throttle)
}

// send writes body at most throttle bytes a second and, when cut >= 0, aborts the connection
// after cut bytes.
func (s *Server) send(w http.ResponseWriter, r *http.Request, cnt *counter, body []byte, cut, throttle int64) {
	rc := http.NewResponseController(w)
	chunk := int64(32 << 10)
	if throttle > 0 {
		chunk = max(min(chunk, throttle/20), 1)
	}
	began := time.Now()
	var sent int64
	for sent < int64(len(body)) {
		n := min(chunk, int64(len(body))-sent)
		if cut >= 0 {
			n = min(n, cut-sent)
			if n <= 0 {
				rc.Flush()
				panic(http.ErrAbortHandler) // the client sees the connection drop
			}
		}
		if throttle > 0 {
			due := began.Add(time.Duration(float64(sent) / float64(throttle) * float64(time.Second)))
			select {
			case <-time.After(time.Until(due)):
			case <-r.Context().Done():
				return
			case <-s.closing:
				panic(http.ErrAbortHandler)
			}
		}
		m, err := w.Write(body[sent : sent+n])
		s.mu.Lock()
		cnt.bytes += int64(m)
		s.mu.Unlock()
		sent += int64(m)
		if err != nil {
			return
		}
		if throttle > 0 {
			rc.Flush()
		}
	}
}

// parseRange reads a single-range Range header into [start, end). ok is false for a header to
// ignore (malformed, or several ranges, as RFC 9110 allows); satisfiable is false for a range
// past the end.
func parseRange(h string, size int64) (start, end int64, ok, satisfiable bool) {
	spec, found := strings.CutPrefix(h, "bytes=")
	if !found || strings.Contains(spec, ",") {
		return 0, 0, false, false
	}
	a, b, found := strings.Cut(strings.TrimSpace(spec), "-")
	if !found {
		return 0, 0, false, false
	}
	if a == "" { // bytes=-n: the last n
		n, err := strconv.ParseInt(b, 10, 64)
		if err != nil || n < 0 {
			return 0, 0, false, false
		}
		if n == 0 || size == 0 {
			return 0, 0, true, false
		}
		return max(size-n, 0), size, true, true
	}
	first, err := strconv.ParseInt(a, 10, 64)
	if err != nil || first < 0 {
		return 0, 0, false, false
	}
	last := size - 1
	if b != "" {
		if last, err = strconv.ParseInt(b, 10, 64); err != nil || last < first {
			return 0, 0, false, false
		}
		last = min(last, size-1)
	}
	if first >= size {
		return 0, 0, true, false
	}
	return first, last + 1, true, true
}

// hubError answers like the Hub: a JSON {"error": ...} and the error code in X-Error-Code.
func hubError(w http.ResponseWriter, status int, code, msg string) {
	if code != "" {
		w.Header().Set("X-Error-Code", code)
	}
	w.Header().Set("X-Error-Message", msg)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
