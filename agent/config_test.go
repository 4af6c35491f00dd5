package agent

import (
	"strings"
	"testing"
)

func TestConfigErrorsNameTheValue(t *testing.T) {
	env := map[string]string{"GIN_AGENT_API_URL": "ftp://x", "GIN_AGENT_MARKUP": "0.5"}
	_, err := ParseConfig([]string{"-floor", "H100=abc", "-escrow", "nope", "-metrics", "9102"}, func(k string) string { return env[k] })
	if err == nil {
		t.Fatal("bad config accepted")
	}
	for _, want := range []string{"key: missing", `api URL "ftp://x"`, "region: missing", `escrow "nope"`, `floor for H100 "abc"`, "state dir", `metrics address "9102"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not name %q:\n%v", want, err)
		}
	}
}
