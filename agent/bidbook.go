package agent

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// bidBook remembers the bids this provider placed, in the state dir, so that a restarted agent
// knows its outstanding bids: it never bids on a job twice (the API would refuse the second bid
// with 409 after the agent signed it with a fresh nonce).
type bidBook struct {
	mu   sync.Mutex
	path string
	bids map[int64]placedBid // by API job id
}

// placedBid is one bid the API accepted.
type placedBid struct {
	ChainJobID int64  `json:"chainJobId"`
	Nonce      uint64 `json:"nonce"`
	Expiry     int64  `json:"expiry"` // unix seconds; the entry is dropped a day after
}

func openBidBook(dir string) (*bidBook, error) {
	b := &bidBook{path: filepath.Join(dir, "bids.json"), bids: map[int64]placedBid{}}
	raw, err := os.ReadFile(b.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return b, nil
	case err != nil:
		return nil, fmt.Errorf("read bid book: %w", err)
	}
	if err := json.Unmarshal(raw, &b.bids); err != nil {
		return nil, fmt.Errorf("bid book %s is corrupt (%v): remove it; the agent then asks the API which jobs it bid on", b.path, err)
	}
	return b, nil
}

// Has reports whether a bid on the API job id was placed.
func (b *bidBook) Has(jobID int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.bids[jobID]
	return ok
}

// Add records a placed bid and saves the book, dropping bids that expired a day ago or more.
func (b *bidBook) Add(jobID int64, p placedBid) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bids[jobID] = p
	old := time.Now().Add(-24 * time.Hour).Unix()
	for id, x := range b.bids {
		if x.Expiry < old {
			delete(b.bids, id)
		}
	}
	raw, err := json.Marshal(b.bids)
	if err != nil {
		return err
	}
	if err := writeFileSync(b.path, raw, 0o600); err != nil {
		return fmt.Errorf("save bid book: %w", err)
	}
	return nil
}
