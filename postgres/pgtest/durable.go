//go:build !bench

package pgtest

// durable: tests run their throwaway clusters with fsync off (see Start).
const durable = false
