// Package api is the marketplace's HTTP surface (gin, specified in apiv1/openapi.yaml): sign-in,
// jobs and their status trails, bids, providers' registrations and heartbeats, usage
// attestations, gateway keys and the model gateway. Each instance also runs a controller node
// (package controller) — the award, failover and chain-follow loops — over the same database.
//
// Instances are stateless: everything lives in PostgreSQL (package market: the market schema,
// next to the indexer's chain mirror) and on chain, so several instances run side by side on one
// database, coordinating with row locks (FOR UPDATE SKIP LOCKED) and leases.
package api
