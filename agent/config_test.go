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

// TestConfigProductionEndpoint: outside a dev chain the endpoint must be https (the API pins its
// key) and the agent needs an RPC URL to check the gateway's passes.
func TestConfigProductionEndpoint(t *testing.T) {
	env := map[string]string{}
	_, err := ParseConfig([]string{"-endpoint", "http://gpu1.example:8443", "-chain-id", "1"}, func(k string) string { return env[k] })
	for _, want := range []string{`endpoint "http://gpu1.example:8443": must be https:// on chain 1`, `rpc URL "": want a JSON-RPC URL of chain 1`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error does not say %q:\n%v", want, err)
		}
	}
	_, err = ParseConfig([]string{"-endpoint", "http://127.0.0.1:8443", "-chain-id", "31337", "-rpc", "http://127.0.0.1:8545"}, func(k string) string { return env[k] })
	if err != nil && (strings.Contains(err.Error(), "must be https") || strings.Contains(err.Error(), "rpc URL")) {
		t.Errorf("a dev chain's plain-HTTP endpoint was refused: %v", err)
	}
	_, err = ParseConfig([]string{"-tls-cert", "cert.pem"}, func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "set both -tls-cert and -tls-key") {
		t.Errorf("a certificate without its key was accepted: %v", err)
	}
}

func TestConfigModelCache(t *testing.T) {
	env := map[string]string{"HF_ENDPOINT": "hub.example"}
	_, err := ParseConfig([]string{"-model-cache-gib", "lots"}, func(k string) string { return env[k] })
	for _, want := range []string{`model cache size "lots": want a positive number of GiB`, `hub endpoint "hub.example": want an http(s) URL`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error does not say %q:\n%v", want, err)
		}
	}
	c, _ := ParseConfig([]string{"-model-cache-gib", "2.5", "-state-dir", "/var/lib/gin"}, func(string) string { return "" })
	if c.Models.maxBytes() != 5<<29 || c.Models.dir(c.StateDir) != "/var/lib/gin/models" {
		t.Errorf("model cache %d bytes in %s", c.Models.maxBytes(), c.Models.dir(c.StateDir))
	}
}
