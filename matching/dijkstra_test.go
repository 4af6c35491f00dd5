package matching_test

import (
	"reflect"
	"testing"

	"github.com/gintonic/gintonic/matching"
)

// TestRankAgreesWithEveryPath holds the search to brute force on many small random networks: the
// same providers, at the same costs, in cost order with the documented tie-break, every exclusion
// justified; Match is Rank's first 1+Backups; and any input order gives the same answer.
func TestRankAgreesWithEveryPath(t *testing.T) {
	for seed := range uint64(2000) {
		s, job, bids := smallWorld(seed)
		cfg := matching.DefaultConfig()
		cfg.Backups = int(seed % 4)
		n, err := matching.NewNetwork(s, cfg)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		all, err := n.Rank(job, bids)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		oracle{s, cfg}.check(t, job, bids, all)

		m, err := n.Match(job, bids)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if want := prefix(all, 1+cfg.Backups); !reflect.DeepEqual(m, want) {
			t.Fatalf("seed %d: Match is not Rank's top %d:\n%s\nwant\n%s", seed, 1+cfg.Backups, m, want)
		}

		s2, bids2 := shuffled(seed, s, bids)
		m2, err := network(t, s2, cfg).Match(job, bids2)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if !reflect.DeepEqual(m, m2) || m.String() != m2.String() {
			t.Fatalf("seed %d: shuffled input changed the match:\n%s\nvs\n%s", seed, m, m2)
		}
		if t.Failed() {
			t.Fatalf("seed %d:\n%s", seed, all)
		}
	}
}

// prefix is m with only its best k candidates.
func prefix(m matching.Match, k int) matching.Match {
	if len(m.Backups) > k-1 {
		m.Backups = m.Backups[:k-1]
	}
	if len(m.Backups) == 0 {
		m.Backups = nil
	}
	return m
}
