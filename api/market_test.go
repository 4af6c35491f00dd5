package api_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// TestMarketStats: anyone (no session) sees jobs by state across clients and the final
// settlements and awards of the indexer's mirror, oldest first; events not yet final are left out.
func TestMarketStats(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "")
	s.deposit("client", chain.Tokens(2_000_000))
	s.sync()
	s.submit(s.login(a, "client"), "client", insist(defaultJob()))
	s.sync()
	s.sync()
	id := s.Chain.ChainID.Int64()
	for i, e := range []struct {
		block      int64
		name       string
		price, amt string
		gpuSec     int64
	}{{1, "JobAwarded", "5", "0", 0}, {1, "UsageSettled", "0", "700", 7}, {2, "UsageSettled", "0", "300", 10}, {1_000_000, "UsageSettled", "0", "1", 11}} {
		if err := s.db.Exec(`INSERT INTO job_events (chain_id, block_number, block_hash, block_time, log_index, job_id, name, price, amount, cumulative_gpu_seconds)
			VALUES (?, ?, '\x00', 1700000000 + ?, 100 + ?, 42, ?, ?, ?, ?)`, id, e.block, e.block, i, e.name, e.price, e.amt, e.gpuSec).Error; err != nil {
			t.Fatal(err)
		}
	}
	rsp, err := http.Get(a.url + "/v1/market")
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	var m apiv1.MarketStats
	if rsp.StatusCode != http.StatusOK || json.NewDecoder(rsp.Body).Decode(&m) != nil {
		t.Fatalf("GET /v1/market: %d", rsp.StatusCode)
	}
	if m.JobsByState["bidding"] != 1 {
		t.Errorf("jobs by state %v, want the bidding job", m.JobsByState)
	}
	if len(m.Settlements) != 2 || m.Settlements[0].Amount != "700" || m.Settlements[1].Amount != "300" || m.Settlements[1].GpuSeconds != 10 || m.Settlements[1].JobId != 42 {
		t.Errorf("settlements %+v, want the two final ones, oldest first", m.Settlements)
	}
	if len(m.Awards) != 1 || m.Awards[0].Price != "5" || m.Awards[0].At.Unix() != 1700000001 {
		t.Errorf("awards %+v", m.Awards)
	}
}
