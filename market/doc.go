// Package market is the marketplace's shared state in Postgres (the market schema): jobs with
// their status trails, bids and providers, as the HTTP API and the controller node both read and
// write them. Plain SQL over the caller's connection or transaction; no business loops live here.
package market
