package indexer

import (
	"context"
	"errors"
	"strings"
)

// errKind classifies RPC errors for the adaptive eth_getLogs range.
type errKind int

const (
	errOther     errKind = iota
	errTooLarge          // the range returned too much or took too long: shrink it
	errRateLimit         // the provider throttles us: back off, keep the range
)

// classify recognizes the messages common providers (geth, erigon, Alchemy, Infura, QuickNode,
// Ankr, anvil) use for range limits and throttling.
func classify(err error) errKind {
	if err == nil {
		return errOther
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return errTooLarge
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"rate limit", "429", "too many requests", "exceeded its compute units", "capacity exceeded"} {
		if strings.Contains(msg, s) {
			return errRateLimit
		}
	}
	for _, s := range []string{"too many results", "more than", "query returned", "block range", "range is too large",
		"range too large", "limit exceeded", "response size", "-32005", "timeout", "timed out", "too large", "max results"} {
		if strings.Contains(msg, s) {
			return errTooLarge
		}
	}
	return errOther
}

// span is the adaptive number of blocks per eth_getLogs call.
type span struct {
	cur, min, max uint64
}

// fit adapts the span after a successful call over blocks that returned logs: busy ranges shrink
// towards target events per batch (small batches keep fetching and writing overlapped), quiet full
// ranges double.
func (s *span) fit(blocks uint64, logs, target int) {
	switch {
	case logs > 2*target:
		s.cur = max(s.min, blocks*uint64(target)/uint64(logs))
	case blocks == s.cur && logs < target && s.cur < s.max:
		s.cur = min(s.cur*2, s.max)
	}
}

// shrink halves the span; false when it is already at its minimum (the error is not about size).
func (s *span) shrink() bool {
	if s.cur <= s.min {
		return false
	}
	s.cur = max(s.cur/2, s.min)
	return true
}
