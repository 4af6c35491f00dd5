-- Autoscaling replicas (issue 17): a replicated service may ask to run between a minimum and its
-- maximum of providers, scaled by load. The gateway instances add up the time requests spend in
-- flight per job (busy_ms, like the request counters); the controller samples it and keeps
-- replicas_target between replicas_min and replicas.

-- +goose Up
ALTER TABLE market.deployment_usage ADD COLUMN busy_ms bigint NOT NULL DEFAULT 0;
ALTER TABLE market.jobs ADD COLUMN replicas_min integer CHECK (replicas_min >= 1);
ALTER TABLE market.jobs ADD COLUMN replicas_target integer;
ALTER TABLE market.jobs ADD COLUMN target_concurrency double precision CHECK (target_concurrency > 0);
ALTER TABLE market.jobs ADD COLUMN load_sampled_at timestamptz;
ALTER TABLE market.jobs ADD COLUMN load_busy_ms bigint;

-- +goose Down
ALTER TABLE market.jobs DROP COLUMN load_busy_ms;
ALTER TABLE market.jobs DROP COLUMN load_sampled_at;
ALTER TABLE market.jobs DROP COLUMN target_concurrency;
ALTER TABLE market.jobs DROP COLUMN replicas_target;
ALTER TABLE market.jobs DROP COLUMN replicas_min;
ALTER TABLE market.deployment_usage DROP COLUMN busy_ms;
