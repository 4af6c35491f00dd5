-- Scaling to zero (issue 17): a service with minReplicas 0 stops its last deployment after
-- scale_to_zero_after seconds without a request. Its provider keeps the round on chain (and its
-- GPUs for the job) but runs no container, so its metered run time, what it is paid for, stops.
-- A request then wakes it: a gateway clears zero_since and sets waking_since until the provider
-- reports the deployment running again. The controller counts requests between its load samples
-- (load_requests) to know since when a job is idle (idle_since).

-- +goose Up
ALTER TABLE market.jobs DROP CONSTRAINT IF EXISTS jobs_replicas_min_check;
ALTER TABLE market.jobs ADD CONSTRAINT jobs_replicas_min_check CHECK (replicas_min >= 0);
ALTER TABLE market.jobs ADD COLUMN scale_to_zero_after integer CHECK (scale_to_zero_after > 0);
ALTER TABLE market.jobs ADD COLUMN zero_since timestamptz;
ALTER TABLE market.jobs ADD COLUMN waking_since timestamptz;
ALTER TABLE market.jobs ADD COLUMN idle_since timestamptz;
ALTER TABLE market.jobs ADD COLUMN load_requests bigint;

-- +goose Down
ALTER TABLE market.jobs DROP COLUMN load_requests;
ALTER TABLE market.jobs DROP COLUMN idle_since;
ALTER TABLE market.jobs DROP COLUMN waking_since;
ALTER TABLE market.jobs DROP COLUMN zero_since;
ALTER TABLE market.jobs DROP COLUMN scale_to_zero_after;
ALTER TABLE market.jobs DROP CONSTRAINT jobs_replicas_min_check;
ALTER TABLE market.jobs ADD CONSTRAINT jobs_replicas_min_check CHECK (replicas_min >= 1);
