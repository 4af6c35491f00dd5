package api_test

import (
	"encoding/hex"
	"testing"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestJobEnvReachesOnlyClientAndProvider: the container's environment a client submits is shown
// to that client and, once awarded, to the provider that runs it — and to no one else.
func TestJobEnvReachesOnlyClientAndProvider(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "")
	s.deposit("client", chain.Tokens(2_000_000))
	s.sync()
	cl := s.login(a, "client")
	req := insist(defaultJob())
	req.Env = &map[string]string{"MODEL_ID": "roneneldan/TinyStories-1M", "HF_TOKEN": "hf_secret"}
	job := s.submit(cl, "client", req)

	envOf := func(j *apiv1.Job) map[string]string {
		if j == nil || j.Env == nil {
			return nil
		}
		return *j.Env
	}
	got, err := cl.GetJobWithResponse(ctx, job.Id)
	if err != nil || envOf(got.JSON200)["HF_TOKEN"] != "hf_secret" {
		t.Fatalf("the client's view of its job: %v %s", err, body(got))
	}
	open, err := s.provider(a, "backup", "eu", 5).ListOpenJobsWithResponse(ctx, nil)
	if err != nil || open.JSON200 == nil || len(open.JSON200.Jobs) == 0 {
		t.Fatalf("open jobs: %v %s", err, body(open))
	}
	for _, j := range open.JSON200.Jobs {
		if j.Env != nil {
			t.Fatalf("the open-jobs list shows job %d's environment to every provider", j.Id)
		}
	}
	// Awarded (as the controller would record it): the provider's job list carries the env.
	if err := s.db.Exec(`UPDATE market.jobs SET provider = decode(?, 'hex'), round = 1, state = 'awarded' WHERE id = ?`,
		hex.EncodeToString(chaintest.Addr("provider").Bytes()), job.Id).Error; err != nil {
		t.Fatal(err)
	}
	role := apiv1.ListJobsParamsRoleProvider
	mine, err := s.login(a, "provider").ListJobsWithResponse(ctx, &apiv1.ListJobsParams{Role: &role})
	if err != nil || mine.JSON200 == nil || len(mine.JSON200.Jobs) != 1 || envOf(&mine.JSON200.Jobs[0])["MODEL_ID"] != "roneneldan/TinyStories-1M" {
		t.Fatalf("the awarded provider's jobs: %v %s", err, body(mine))
	}
}
