package matching_test

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

// FuzzMatch feeds random small networks, with a few measurements and a price replaced by the
// fuzzer's values (negative, NaN, huge), and checks that the package never panics, rejects bad
// input as ErrInvalidInput, and otherwise agrees with the brute-force oracle: the winner is
// eligible, no backup costs less than the winner, every bid left out has a true reason.
//
//	go test -fuzz FuzzMatch ./matching/
func FuzzMatch(f *testing.F) {
	f.Add(uint64(1), 10.0, 0.5, 1.0, int64(10))
	f.Add(uint64(2), -1.0, 0.0, 2.0, int64(0))
	f.Add(uint64(3), 0.0, 1.0, 0.0, int64(-1))
	f.Add(uint64(4), 1e7, 1.5, 1e-9, int64(1<<62))
	f.Fuzz(func(t *testing.T, seed uint64, latency, load, perf float64, price int64) {
		s, job, bids := smallWorld(seed)
		if len(s.RegionLinks) > 0 {
			s.RegionLinks[0].LatencyMs = latency
		}
		s.Providers[0].Load = load
		s.Providers[0].Performance = perf
		if len(bids) > 0 {
			bids[0].PricePerGpuSecond = big.NewInt(price)
		}
		cfg := matching.DefaultConfig()
		n, err := matching.NewNetwork(s, cfg)
		if err != nil {
			if !errors.Is(err, matching.ErrInvalidInput) {
				t.Fatalf("NewNetwork: %v is not ErrInvalidInput", err)
			}
			return
		}
		all, err := n.Rank(job, bids)
		if err != nil {
			if !errors.Is(err, matching.ErrInvalidInput) {
				t.Fatalf("Rank: %v is not ErrInvalidInput", err)
			}
			return
		}
		oracle{s, cfg}.check(t, job, bids, all)
		m, err := n.Match(job, bids)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(m, prefix(all, 1+cfg.Backups)) {
			t.Fatalf("Match is not Rank's top %d", 1+cfg.Backups)
		}
		_ = m.String()
	})
}
