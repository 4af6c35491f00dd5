package api_test

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/api"
)

// batch makes a test deployment a batch job (deployments are service-like otherwise).
func batch(t *testing.T, s *stack, job int64) {
	t.Helper()
	if err := s.db.Exec(`UPDATE market.jobs SET spec = '{"kind":"batch"}'::jsonb WHERE id = ?`, job).Error; err != nil {
		t.Fatal(err)
	}
}

// TestArtifactErrors: only the awarded provider uploads, names are checked, empty results are
// refused, and an unknown artifact is a 404 that says how to list them.
func TestArtifactErrors(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "")
	job := s.deployment("client", "provider", "http://127.0.0.1:9")
	batch(t, s, job)
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

// TestArtifactLimits: results are taken only from a running batch job, with a Content-Length
// checked before reading, within the job's count and byte quota.
func TestArtifactLimits(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "", func(c *api.Config) { c.MaxArtifactsPerJob, c.MaxArtifactBytesPerJob = 2, 10 })
	prov := s.login(a, "provider")
	upload := func(job int64, name string, b []byte) (int, string) {
		r, err := prov.UploadArtifactWithBodyWithResponse(ctx, job, name, "application/octet-stream", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		return r.StatusCode(), string(r.Body)
	}
	service := s.deployment("client", "provider", "http://127.0.0.1:9")
	if status, b := upload(service, "x.bin", []byte("x")); status != http.StatusConflict || !strings.Contains(b, "only batch jobs") {
		t.Errorf("upload to a service job: %d %s", status, b)
	}
	job := s.deployment("client", "provider", "http://127.0.0.1:9")
	batch(t, s, job)
	for _, tc := range []struct {
		name   string
		size   int
		status int
		want   string
	}{
		{"a.bin", 4, http.StatusCreated, "sha256"},
		{"a.bin", 6, http.StatusCreated, "sha256"}, // a replacement counts once
		{"b.bin", 5, http.StatusRequestEntityTooLarge, "limit of 10"},
		{"b.bin", 4, http.StatusCreated, "sha256"},
		{"c.bin", 1, http.StatusRequestEntityTooLarge, "2 artifacts"},
	} {
		if status, b := upload(job, tc.name, bytes.Repeat([]byte("x"), tc.size)); status != tc.status || !strings.Contains(b, tc.want) {
			t.Errorf("%s (%d bytes): %d %s, want %d with %q", tc.name, tc.size, status, b, tc.status, tc.want)
		}
	}
	// No Content-Length: refused before reading.
	pr, pw := io.Pipe()
	go func() { pw.Write([]byte("streamed")); pw.Close() }()
	req, _ := http.NewRequest("PUT", a.url+"/v1/jobs/"+strconv.FormatInt(job, 10)+"/artifacts/d.bin", pr)
	req.Header.Set("Authorization", "Bearer "+prov.Session.Token)
	if rsp, err := http.DefaultClient.Do(req); err != nil || rsp.StatusCode != http.StatusLengthRequired {
		t.Errorf("chunked upload: %v %v", err, rsp)
	} else {
		rsp.Body.Close()
	}
	// An ended job takes no more results.
	if err := s.db.Exec(`UPDATE market.jobs SET state = 'completed' WHERE id = ?`, job).Error; err != nil {
		t.Fatal(err)
	}
	if status, b := upload(job, "a.bin", []byte("late")); status != http.StatusConflict || !strings.Contains(b, "completed") {
		t.Errorf("upload after the job ended: %d %s", status, b)
	}
}
