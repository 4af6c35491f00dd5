-- Quotes (POST /v1/jobs/quote, public) read the last 24 hours of bids and of awards and first
-- running states: without these indexes each quote scanned every bid and every trail entry ever
-- written, a cost that grew with the market's history on an endpoint anyone may call.

-- +goose Up
CREATE INDEX bids_created ON market.bids (created_at);
CREATE INDEX job_events_state_at ON market.job_events (state, at);

-- +goose Down
DROP INDEX market.job_events_state_at;
DROP INDEX market.bids_created;
