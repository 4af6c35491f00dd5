package api_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

// TestArtifactErrors: only the awarded provider uploads, names are checked, empty results are
// refused, and an unknown artifact is a 404 that says how to list them.
func TestArtifactErrors(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "")
	job := s.deployment("client", "provider", "http://127.0.0.1:9")
	prov, cl := s.login(a, "provider"), s.login(a, "client")
	for _, tc := range []struct {
		name   string
		by     string
		body   []byte
		status int
		want   string
	}{
		{"model.gguf", "client", []byte("x"), http.StatusForbidden, "only its provider uploads"},
		{".hidden", "provider", []byte("x"), http.StatusBadRequest, "not starting with a dot"},
		{"model.gguf", "provider", nil, http.StatusBadRequest, "empty"},
		{"model.gguf", "provider", []byte("GGUF…"), http.StatusCreated, "sha256"},
	} {
		c := prov
		if tc.by == "client" {
			c = cl
		}
		r, err := c.UploadArtifactWithBodyWithResponse(ctx, job, tc.name, "application/octet-stream", bytes.NewReader(tc.body))
		if err != nil || r.StatusCode() != tc.status || !strings.Contains(string(r.Body), tc.want) {
			t.Errorf("%s uploads %q (%d bytes): %v %d %s, want %d with %q", tc.by, tc.name, len(tc.body), err, r.StatusCode(), r.Body, tc.status, tc.want)
		}
	}
	if r, err := cl.DownloadArtifactWithResponse(ctx, job, "nope.bin"); err != nil || r.StatusCode() != http.StatusNotFound || !strings.Contains(string(r.Body), "/artifacts lists them") {
		t.Errorf("unknown artifact: %v %d %s", err, r.StatusCode(), r.Body)
	}
	if r, err := cl.DownloadArtifactWithResponse(ctx, job, "model.gguf"); err != nil || r.StatusCode() != http.StatusOK || string(r.Body) != "GGUF…" {
		t.Errorf("download: %v %d %q", err, r.StatusCode(), r.Body)
	}
}
