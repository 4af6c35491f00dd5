package hub_test

import (
	"strings"
	"testing"

	"github.com/gintonic/gintonic/hub"
)

func TestParseRef(t *testing.T) {
	commit := "0123456789abcdef0123456789abcdef01234567"
	for _, tc := range []struct {
		in      string
		want    hub.Ref
		pinned  bool
		str     string
		wantErr string
	}{
		{in: "hf://roneneldan/TinyStories-1M", want: hub.Ref{Repo: "roneneldan/TinyStories-1M"}, str: "hf://roneneldan/TinyStories-1M"},
		{in: "hf://org/name@v1.0", want: hub.Ref{Repo: "org/name", Revision: "v1.0"}, str: "hf://org/name@v1.0"},
		{in: "hf://org/name@refs/pr/1", want: hub.Ref{Repo: "org/name", Revision: "refs/pr/1"}, str: "hf://org/name@refs/pr/1"},
		{in: "hf://org/name@" + commit, want: hub.Ref{Repo: "org/name", Revision: commit}, pinned: true, str: "hf://org/name@" + commit},
		{in: "hf://org/name@" + strings.ToUpper(commit), want: hub.Ref{Repo: "org/name", Revision: commit}, pinned: true, str: "hf://org/name@" + commit},
		{in: "hf://Org_1/name.v2_x", want: hub.Ref{Repo: "Org_1/name.v2_x"}, str: "hf://Org_1/name.v2_x"},
		{in: "org/name", wantErr: `model "org/name": want hf://<org>/<name>[@<revision>]`},
		{in: "https://huggingface.co/org/name", wantErr: "want hf://<org>/<name>[@<revision>]"},
		{in: "hf://gpt2", wantErr: `model "hf://gpt2": want hf://<org>/<name>[@<revision>]`},
		{in: "hf://org/", wantErr: "want hf://<org>/<name>"},
		{in: "hf:///name", wantErr: "want hf://<org>/<name>"},
		{in: "hf://a/b/c", wantErr: "want hf://<org>/<name>"},
		{in: "hf://org/na me", wantErr: `' ' is not allowed`},
		{in: "hf://org/na..me", wantErr: `"--" and ".." are not allowed`},
		{in: "hf://org/na--me", wantErr: `"--" and ".." are not allowed`},
		{in: "hf://org/-name", wantErr: "must not start or end with"},
		{in: "hf://org/name.", wantErr: "must not start or end with"},
		{in: "hf://org/name.git", wantErr: "must not end with .git"},
		{in: "hf://org/" + strings.Repeat("x", 97), wantErr: "longer than 96 characters"},
		{in: "hf://org/name@", wantErr: "empty revision"},
		{in: "hf://org/name@a..b", wantErr: `".."`},
		{in: "hf://org/name@a b", wantErr: `' ' is not allowed`},
		{in: "hf://org/name@x@y", wantErr: `'@' is not allowed`},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := hub.ParseRef(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ParseRef(%q) = %v, %v; want an error with %q", tc.in, got, err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ParseRef(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
			}
			if got.Pinned() != tc.pinned || got.String() != tc.str {
				t.Errorf("Pinned() = %v, String() = %q; want %v, %q", got.Pinned(), got.String(), tc.pinned, tc.str)
			}
		})
	}
}
