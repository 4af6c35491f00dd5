package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain"
)

// Bid is a provider's signed bid as stored in market.bids.
type Bid struct {
	JobID     int64
	Provider  []byte
	Price     string
	Expiry    int64
	Nonce     string
	Signature []byte
	// Warm and StartSeconds are what the provider says about its start: the model in its cache,
	// how long from award to running. Advice for matching, not signed terms.
	Warm         bool
	StartSeconds int
	CreatedAt    time.Time
}

// BidCols selects a Bid from market.bids.
const BidCols = `job_id, provider, price::text AS price, expiry, nonce::text AS nonce, signature, warm, start_seconds, created_at`

// Bids are the bids on job jobID, by provider.
func Bids(ctx context.Context, db *gorm.DB, jobID int64) ([]Bid, error) {
	var rows []Bid
	if err := db.WithContext(ctx).Raw(`SELECT `+BidCols+` FROM market.bids WHERE job_id = ? ORDER BY provider`, jobID).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read bids of job %d: %w", jobID, err)
	}
	return rows, nil
}

// Chain is the bid as the contract's Bid type, on escrow job chainJobID with its terms hash.
func (b Bid) Chain(chainJobID int64, terms []byte) chain.Bid {
	price, _ := new(big.Int).SetString(b.Price, 10)
	nonce, _ := new(big.Int).SetString(b.Nonce, 10)
	return chain.Bid{JobID: uint64(chainJobID), Terms: common.BytesToHash(terms), Provider: common.BytesToAddress(b.Provider), PricePerGpuSecond: price,
		Expiry: uint64(b.Expiry), Nonce: nonce.Uint64()}
}
