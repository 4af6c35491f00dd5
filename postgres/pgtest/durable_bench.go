//go:build bench

package pgtest

// durable: benchmarks measure on PostgreSQL's default durability (see Start).
const durable = true
