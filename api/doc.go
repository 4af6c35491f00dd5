// Package api is the controller node: the marketplace's HTTP API (gin, specified in
// apiv1/openapi.yaml) and the loops that move jobs along — award when bidding closes, fail over
// when a provider stops answering, and fold what the chain says into every job's status trail.
//
// Instances are stateless: everything lives in PostgreSQL (the market schema, next to the
// indexer's chain mirror) and on chain, so several instances run side by side on one database,
// coordinating with row locks (FOR UPDATE SKIP LOCKED) and leases.
package api
