-- Replicas (issue 17): a service job served by several providers at once under one budget. The
-- job's current round stays in market.jobs (provider, round); every other live or ended replica
-- round is a row here, keyed like the escrow's rounds (job, round, provider).

-- +goose Up
ALTER TABLE market.jobs ADD COLUMN replicas integer NOT NULL DEFAULT 1 CHECK (replicas BETWEEN 1 AND 8);

CREATE TABLE market.replicas (
    job_id            bigint NOT NULL REFERENCES market.jobs (id),
    round             integer NOT NULL,
    provider          bytea NOT NULL CHECK (length(provider) = 20),
    state             text NOT NULL CHECK (state IN ('awarded', 'deploying', 'running', 'ended')),
    reason            text NOT NULL DEFAULT '',
    award_tx          bytea,
    unreachable_since timestamptz,
    failures          integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, round, provider)
);
-- A provider serves a job at most once at a time (the escrow enforces it too).
CREATE UNIQUE INDEX replicas_live_provider ON market.replicas (job_id, provider) WHERE state <> 'ended';
CREATE INDEX replicas_provider ON market.replicas (provider) WHERE state <> 'ended';

-- +goose Down
DROP TABLE market.replicas;
ALTER TABLE market.jobs DROP COLUMN replicas;
