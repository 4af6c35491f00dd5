package hubtest_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/hub/hubtest"
)

func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

func TestCommitsAreDeterministic(t *testing.T) {
	a, b := hubtest.NewTest(t), hubtest.NewTest(t)
	files := map[string][]byte{"config.json": []byte("{}"), "w.safetensors": []byte("weights")}
	c1 := a.AddRepo("org/m", files, hubtest.Tag("v1"))
	if c := b.AddRepo("org/m", files); c != c1 {
		t.Errorf("the same files gave commits %s and %s", c1, c)
	}
	if c := a.AddRepo("org/m", files); c != c1 {
		t.Errorf("committing the same files again moved main to %s", c)
	}
	c2 := a.AddRepo("org/m", map[string][]byte{"config.json": []byte(`{"v":2}`)})
	c3 := a.AddRepo("org/m", map[string][]byte{"config.json": []byte(`{"v":3}`)}, hubtest.Branch("dev"))
	if c2 == c1 || c3 == c2 || len(c2) != 40 {
		t.Fatalf("commits %s %s %s", c1, c2, c3)
	}
	for rev, want := range map[string]string{"main": c2, "v1": c1, c1: c1, "dev": c3} {
		res, body := get(t, a.URL()+"/api/models/org/m/revision/"+rev+"?blobs=true")
		var m struct {
			SHA      string `json:"sha"`
			Siblings []struct {
				RFilename string `json:"rfilename"`
				Size      int64  `json:"size"`
				LFS       *struct {
					SHA256 string `json:"sha256"`
				} `json:"lfs"`
			} `json:"siblings"`
		}
		if err := json.Unmarshal(body, &m); err != nil || res.StatusCode != 200 || m.SHA != want || res.Header.Get("X-Repo-Commit") != want {
			t.Errorf("revision %s: %d %s, want commit %s", rev, res.StatusCode, body, want)
		}
		if rev == "v1" && (len(m.Siblings) != 2 || m.Siblings[0].LFS != nil || m.Siblings[1].LFS == nil || m.Siblings[1].Size != 7) {
			t.Errorf("v1 files: %s; want config.json in git and w.safetensors in LFS", body)
		}
	}
}

func TestDownloadsLikeTheHub(t *testing.T) {
	s := hubtest.NewTest(t)
	data := []byte("0123456789")
	commit := s.AddRepo("org/m", map[string][]byte{"a/b.gguf": data, "small.txt": []byte("hi")})
	u := s.URL() + "/org/m/resolve/main/a/b.gguf"

	res, body := get(t, u)
	if res.StatusCode != 200 || !bytes.Equal(body, data) || res.Header.Get("X-Repo-Commit") != commit ||
		res.Header.Get("ETag") != `"84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882"` || res.ContentLength != 10 {
		t.Errorf("whole file: %d %q %v", res.StatusCode, body, res.Header)
	}
	for rng, want := range map[string]string{"bytes=4-": "456789", "bytes=2-4": "234", "bytes=-3": "789", "bytes=8-100": "89"} {
		res, body := get(t, u, "Range", rng)
		if res.StatusCode != 206 || string(body) != want || !strings.HasSuffix(res.Header.Get("Content-Range"), "/10") {
			t.Errorf("%s: %d %q %q, want 206 %q", rng, res.StatusCode, body, res.Header.Get("Content-Range"), want)
		}
	}
	if res, _ := get(t, u, "Range", "bytes=10-"); res.StatusCode != 416 || res.Header.Get("Content-Range") != "bytes */10" {
		t.Errorf("past the end: %d %v", res.StatusCode, res.Header)
	}
	for path, code := range map[string]string{"/org/none/resolve/main/x": "RepoNotFound", "/org/m/resolve/v9/a/b.gguf": "RevisionNotFound",
		"/org/m/resolve/main/nope": "EntryNotFound", "/api/models/org/m/revision/v9": "RevisionNotFound"} {
		if res, _ := get(t, s.URL()+path); res.StatusCode != 404 || res.Header.Get("X-Error-Code") != code {
			t.Errorf("%s: %d %q, want 404 %s", path, res.StatusCode, res.Header.Get("X-Error-Code"), code)
		}
	}
	if n, b := s.Requests("org/m", "a/b.gguf"), s.BytesServed("org/m", "a/b.gguf"); n != 6 || b != 10+6+3+3+2 {
		t.Errorf("Requests %d, BytesServed %d", n, b)
	}
}

func TestFaults(t *testing.T) {
	s := hubtest.NewTest(t)
	data := bytes.Repeat([]byte("x"), 100_000)
	s.AddRepo("org/m", map[string][]byte{"w.bin": data})
	u := s.URL() + "/org/m/resolve/main/w.bin"

	s.Corrupt("org/m", "w.bin")
	if _, body := get(t, u); len(body) != len(data) || bytes.Equal(body, data) {
		t.Error("Corrupt: want other bytes of the same length")
	}
	s.Heal("org/m", "w.bin")
	s.CutAfter("org/m", "w.bin", 1000)
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if len(body) != 1000 || err == nil {
		t.Errorf("CutAfter: %d bytes, %v; want 1000 and an error", len(body), err)
	}
	s.CutAfter("org/m", "w.bin", -1)
	s.Throttle(400_000)
	began := time.Now()
	if _, body := get(t, u); !bytes.Equal(body, data) || time.Since(began) < 200*time.Millisecond {
		t.Errorf("Throttle: %d bytes in %v; want all in about 250ms", len(body), time.Since(began))
	}
}

func TestGatedAndPrivate(t *testing.T) {
	s := hubtest.NewTest(t)
	s.AddRepo("org/gated", map[string][]byte{"w.bin": []byte("w")}, hubtest.Gated("tok"))
	s.AddRepo("org/private", map[string][]byte{"w.bin": []byte("w")}, hubtest.Private("tok"))
	for _, tc := range []struct {
		path, token string
		status      int
	}{
		{"/api/models/org/gated", "", 200},
		{"/org/gated/resolve/main/w.bin", "", 401},
		{"/org/gated/resolve/main/w.bin", "other", 403},
		{"/org/gated/resolve/main/w.bin", "tok", 200},
		{"/api/models/org/private", "", 401},
		{"/api/models/org/private", "other", 403},
		{"/api/models/org/private", "tok", 200},
		{"/org/private/resolve/main/w.bin", "tok", 200},
	} {
		var h []string
		if tc.token != "" {
			h = []string{"Authorization", "Bearer " + tc.token}
		}
		if res, body := get(t, s.URL()+tc.path, h...); res.StatusCode != tc.status {
			t.Errorf("%s with %q: %d %s, want %d", tc.path, tc.token, res.StatusCode, body, tc.status)
		}
	}
}

func TestStart(t *testing.T) {
	s, err := hubtest.Start("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.AddRepo("org/m", map[string][]byte{"f.txt": []byte("hello")})
	if res, body := get(t, s.URL()+"/org/m/resolve/main/f.txt"); res.StatusCode != 200 || string(body) != "hello" {
		t.Errorf("%d %q", res.StatusCode, body)
	}
}
