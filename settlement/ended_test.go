package settlement_test

import (
	"testing"
	"time"

	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/indexer"
)

// TestEndedJobsFinalizeUnasked: a job the client stopped is finalized — its unspent budget
// refunded — once the settlement window passes, with nobody calling EndJob: the service reads the
// end from the indexer's mirror, queues the finalization once, and never again after the close.
func TestEndedJobsFinalizeUnasked(t *testing.T) {
	e := newEnv(t)
	k := e.c.Contracts
	id := e.job(t, "provider", 1, chain.Tokens(1000))
	e.c.Advance(t, 10*time.Second)
	s := e.service(t, nil, e.config())
	ix, err := indexer.New(e.db, e.c.Client, indexer.Config{Deployment: k.Deployment, FinalityDepth: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	index := func() {
		t.Helper()
		e.c.Advance(t, time.Second)
		for i := 0; i < 100; i++ {
			done, err := ix.Sync(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if done {
				return
			}
		}
		t.Fatal("the indexer does not catch up")
	}
	queued := func() int {
		return e.count(t, `SELECT count(*) FROM settlement_actions WHERE job_id = ? AND kind = 'finalize_job'`, int64(id))
	}
	index()
	e.drain(t, s)
	if n := queued(); n != 0 {
		t.Fatalf("%d finalizations queued for a running job", n)
	}

	e.c.Send(t, "client", k.EscrowC, k.Escrow.PackStopJob(bigU(id)))
	index()
	e.drain(t, s)
	if n := queued(); n != 1 {
		t.Fatalf("%d finalizations queued after the stop, want 1", n)
	}
	if state, _ := e.onchainJob(t, id); state != 4 {
		t.Fatalf("job state %d: finalized inside the settlement window, want Ended (4)", state)
	}

	e.c.Advance(t, 61*time.Minute)
	index()
	e.drain(t, s)
	if state, _ := e.onchainJob(t, id); state != 5 {
		t.Fatalf("job state %d after the settlement window, want Closed (5)", state)
	}
	if j, _ := k.Job(ctx, id); j.Remaining.Sign() != 0 {
		t.Fatalf("job still holds %s after its close", j.Remaining)
	}
	index()
	e.drain(t, s)
	if n := queued(); n != 1 {
		t.Fatalf("%d finalizations queued in all, want exactly 1", n)
	}
}
