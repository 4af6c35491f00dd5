package api_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// TestDeploymentKey: the API issues a job's key when its container first runs, says so on the
// trail, reveals the secret to the job's client exactly once, and the key works at the gateway.
func TestDeploymentKey(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller", func(c *api.Config) { c.MinBalance = chain.Tokens(10) })
	s.deposit("client", chain.Tokens(100))
	s.sync()
	model := httptest.NewServer(runtime(t))
	defer model.Close()
	job := s.deployment("client", "provider", model.URL)
	if err := s.db.Exec(`UPDATE market.jobs SET state = 'deploying' WHERE id = ?`, job).Error; err != nil {
		t.Fatal(err)
	}
	cl, prov := s.login(a, "client"), s.login(a, "provider")

	reveal := func() *apiv1.RevealDeploymentKeyResponse {
		t.Helper()
		r, err := cl.RevealDeploymentKeyWithResponse(ctx, job)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := reveal(); r.StatusCode() != http.StatusConflict || !strings.Contains(string(r.Body), "when its container first runs") {
		t.Fatalf("reveal before the deployment runs: %d %s", r.StatusCode(), r.Body)
	}
	for range 2 { // a repeated report issues nothing more
		if r, err := prov.ReportJobStatusWithResponse(ctx, job, apiv1.StatusReport{State: apiv1.StatusReportStateRunning}); err != nil || r.JSON200 == nil {
			t.Fatalf("report running: %v %s", err, body(r))
		}
	}
	ev, err := cl.ListJobEventsWithResponse(ctx, job, nil)
	if err != nil || ev.JSON200 == nil {
		t.Fatal(err)
	}
	issued := 0
	for _, e := range ev.JSON200.Events {
		if e.Kind != nil && *e.Kind == "deployment_key" {
			issued++
		}
	}
	if issued != 1 {
		t.Fatalf("%d deployment_key trail entries, want 1", issued)
	}
	if r, _ := s.login(a, "intruder").RevealDeploymentKeyWithResponse(ctx, job); r.StatusCode() != http.StatusNotFound {
		t.Fatalf("another client reveals the key: %d %s", r.StatusCode(), r.Body)
	}
	first := reveal()
	if first.JSON200 == nil || !strings.HasPrefix(first.JSON200.Key, "gk_") {
		t.Fatalf("reveal: %d %s", first.StatusCode(), first.Body)
	}
	if again := reveal(); again.StatusCode() != http.StatusGone || !strings.Contains(string(again.Body), "already revealed") {
		t.Fatalf("second reveal: %d %s", again.StatusCode(), again.Body)
	}
	keys, err := cl.ListJobKeysWithResponse(ctx, job)
	if err != nil || keys.JSON200 == nil || len(keys.JSON200.Keys) != 1 {
		t.Fatalf("keys: %v %s", err, body(keys))
	}
	if k := keys.JSON200.Keys[0]; k.Deployment == nil || !*k.Deployment || k.RevealedAt == nil || k.Id != first.JSON200.Id {
		t.Fatalf("listed key %+v, want the revealed deployment key", k)
	}
	oc := openai.NewClient(option.WithBaseURL(a.url+"/v1/"), option.WithAPIKey(first.JSON200.Key))
	models, err := oc.Models.List(ctx)
	if err != nil || len(models.Data) == 0 {
		t.Fatalf("the deployment key at the gateway: %v", err)
	}
	var hashed int
	if err := s.db.Raw(`SELECT count(*) FROM market.api_keys WHERE job_id = ? AND hash IS NOT NULL`, job).Scan(&hashed).Error; err != nil || hashed != 1 {
		t.Fatalf("%d keys of the job hold a hash after the reveal, want 1 (%v)", hashed, err)
	}
}

// TestProgressOnTrail: a provider's reports that repeat the job's state with news (an image pull's
// progress) reach the trail, at most one a second and never the same line twice.
func TestProgressOnTrail(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "")
	job := s.deployment("client", "provider", "http://127.0.0.1:9")
	if err := s.db.Exec(`UPDATE market.jobs SET state = 'deploying' WHERE id = ?`, job).Error; err != nil {
		t.Fatal(err)
	}
	prov := s.login(a, "provider")
	report := func(reason string) {
		t.Helper()
		r, err := prov.ReportJobStatusWithResponse(ctx, job, apiv1.StatusReport{State: apiv1.StatusReportStateDeploying, Reason: &reason})
		if err != nil || r.JSON200 == nil {
			t.Fatalf("report: %v %s", err, body(r))
		}
	}
	report("pulling gintonic/runtime:dev: 10 of 40 MB")
	report("pulling gintonic/runtime:dev: 10 of 40 MB") // the same line again
	report("pulling gintonic/runtime:dev: 12 of 40 MB") // within a second of the last
	time.Sleep(1100 * time.Millisecond)
	report("pulling gintonic/runtime:dev: 40 of 40 MB")
	var got []string
	if err := s.db.Raw(`SELECT reason FROM market.job_events WHERE job_id = ? AND kind = 'provider_progress' ORDER BY seq`, job).Scan(&got).Error; err != nil {
		t.Fatal(err)
	}
	want := []string{"pulling gintonic/runtime:dev: 10 of 40 MB", "pulling gintonic/runtime:dev: 40 of 40 MB"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("progress on the trail %q, want %q", got, want)
	}
}
