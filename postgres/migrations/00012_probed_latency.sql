-- Controllers measure their latency to each provider themselves (issue 15, offchain audit F11):
-- a provider's self-reported figures (latencies in its heartbeats) could be anything, 0 ms
-- included, and decided the matching. Each controller probes the endpoints of healthy providers
-- and keeps what it measured here, by controller id: milliseconds, or -1 when the probe failed.
-- Matching uses these figures; a provider's own report counts only until a controller has probed it.

-- +goose Up
ALTER TABLE market.providers ADD COLUMN probed_latencies jsonb NOT NULL DEFAULT '{}';

-- +goose Down
ALTER TABLE market.providers DROP COLUMN probed_latencies;
