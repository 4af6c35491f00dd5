package attacks

import (
	"context"
	"crypto/tls"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// TestProviderEndpointTrustsOnlyTheGateway is issue 15's first attack: at 61b54d6 anyone who
// read a provider's endpoint from GET /v1/providers and a job id from GET /v1/market got that
// job's model, files and usage with `curl -H 'X-Gintonic-Job: N'`, no key and no balance. Now
// the endpoint is https with a key pinned at registration, and it takes a request only with a
// pass a staked controller signed for that job, round, provider and request.
func TestProviderEndpointTrustsOnlyTheGateway(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	m := start(t, ctx)
	job := m.submit(ctx, m.s.Opts.Image)
	m.waitFor(ctx, 2*time.Minute, "the job to run", func() bool { return m.job(ctx, job.Id).State == apiv1.JobStateRunning })
	j := m.job(ctx, job.Id)
	provider := common.HexToAddress(string(deref(j.Provider)))

	// What an outsider sees: the provider's endpoint and pin are public, the job id too.
	pr, err := m.c.GetProviderWithResponse(ctx, provider.Hex())
	if err != nil || pr.JSON200 == nil {
		t.Fatalf("read provider %s: %v", provider.Hex(), err)
	}
	endpoint := pr.JSON200.Endpoint
	if !strings.HasPrefix(endpoint, "https://") {
		t.Fatalf("the provider's endpoint is %s, want https", endpoint)
	}
	chainJob := strconv.FormatInt(*j.ChainJobId, 10)
	// The attacker skips certificate checks: the endpoint's key would not stop it anyway.
	insecure := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	direct := func(method, path, pass string) (int, string) {
		t.Helper()
		req, _ := http.NewRequestWithContext(ctx, method, endpoint+path, strings.NewReader(`{"prompt":"hello","max_tokens":4}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(apiv1.JobHeader, chainJob)
		if pass != "" {
			req.Header.Set(chain.PassHeader, pass)
		}
		rsp, err := insecure.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer rsp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(rsp.Body, 4096))
		return rsp.StatusCode, string(b)
	}
	// A pass the attacker signs itself, with the client's key (or any key that is not a controller's).
	forged := func(method, path string) string {
		p := chain.NewPass(uint64(*j.ChainJobId), uint64(deref(j.Round)), provider, method, path, time.Now())
		sig, err := chain.Sign(m.s.Deployment.EscrowDomain().Digest(p.StructHash()), m.s.Accounts.Client)
		if err != nil {
			t.Fatal(err)
		}
		return p.Encode(sig)
	}
	for _, c := range []struct{ name, method, path, pass string }{
		{"a completion with only the job header (the issue's curl)", http.MethodPost, "/v1/completions", ""},
		{"the client's files", http.MethodGet, "/v1/files", ""},
		{"the runtime's usage counters", http.MethodGet, "/usage", ""},
		{"a completion with a pass the attacker signed", http.MethodPost, "/v1/completions", forged(http.MethodPost, "/v1/completions")},
	} {
		code, body := direct(c.method, c.path, c.pass)
		if code != http.StatusUnauthorized && code != http.StatusNotFound {
			t.Errorf("%s: HTTP %d %q, want 401 (or 404 for a path the gateway never sends)", c.name, code, body)
		}
		if strings.Contains(body, `"choices"`) || strings.Contains(body, `"data"`) {
			t.Errorf("%s: the deployment answered: %s", c.name, body)
		}
	}
	// Nothing in clear: the endpoint does not speak plain HTTP.
	plain := strings.Replace(endpoint, "https://", "http://", 1)
	if rsp, err := http.Post(plain+"/v1/completions", "application/json", strings.NewReader(`{}`)); err == nil {
		b, _ := io.ReadAll(rsp.Body)
		rsp.Body.Close()
		if strings.Contains(string(b), "choices") {
			t.Errorf("the endpoint answered a completion over plain HTTP: %s", b)
		}
	}

	// The gateway, with the job's key, still gets through: it signs a pass per request.
	key, err := m.c.RevealDeploymentKeyWithResponse(ctx, job.Id)
	if err != nil || key.JSON200 == nil {
		t.Fatalf("reveal the deployment key: %v", err)
	}
	for _, api := range []string{m.s.APIURL, m.s.APIURLs[len(m.s.APIURLs)-1]} {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+"/v1/completions", strings.NewReader(`{"prompt":"hello","max_tokens":4}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+key.JSON200.Key)
		rsp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rsp.Body)
		rsp.Body.Close()
		if rsp.StatusCode != http.StatusOK || !strings.Contains(string(b), "choices") {
			t.Fatalf("through the gateway at %s: HTTP %d %s", api, rsp.StatusCode, b)
		}
	}
}
