package controller

import (
	"context"
	"iter"

	"github.com/gintonic/gintonic/market"
)

// candidates yields the providers to try for a job's backup or replica, best first: the stored
// ranking (the auction's), then — only once that has no one left — the job's bids ranked afresh,
// bids placed after the award included; each provider once. A failed ranking is yielded as an
// error and ends the sequence.
func (n *Node) candidates(ctx context.Context, j *market.Job, bids []market.Bid, stored []apiScore) iter.Seq2[apiScore, error] {
	return func(yield func(apiScore, error) bool) {
		seen := map[string]bool{}
		each := func(cs []apiScore) bool {
			for _, c := range cs {
				if seen[c.Provider] {
					continue
				}
				seen[c.Provider] = true
				if !yield(c, nil) {
					return false
				}
			}
			return true
		}
		if !each(stored) {
			return
		}
		m, err := n.matchJob(ctx, j, bids)
		if err != nil {
			yield(apiScore{}, err)
			return
		}
		fresh := matchView(m, bids)
		if fresh.Winner != nil && !each([]apiScore{*fresh.Winner}) {
			return
		}
		each(fresh.Backups)
	}
}
