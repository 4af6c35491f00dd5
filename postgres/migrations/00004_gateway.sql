-- The model gateway's API keys and meters. A key belongs to one deployment (job) and is stored as
-- its SHA-256 only: the secret is shown once, at creation. Counters only go up; the provider
-- agent's signed usage reports stay what the escrow settles on, these are the client's view.

-- +goose Up
CREATE TABLE market.api_keys (
    id                bigserial   PRIMARY KEY,
    job_id            bigint      NOT NULL REFERENCES market.jobs (id),
    client            bytea       NOT NULL,
    hash              bytea       NOT NULL UNIQUE, -- sha256 of the whole key
    prefix            text        NOT NULL,        -- its first characters, to tell keys apart
    requests          bigint      NOT NULL DEFAULT 0,
    prompt_tokens     bigint      NOT NULL DEFAULT 0,
    completion_tokens bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_used_at      timestamptz,
    revoked_at        timestamptz
);
CREATE INDEX api_keys_job ON market.api_keys (job_id, id);

-- Per deployment, whatever key was used (keys may be revoked and replaced).
CREATE TABLE market.deployment_usage (
    job_id            bigint      PRIMARY KEY REFERENCES market.jobs (id),
    requests          bigint      NOT NULL DEFAULT 0,
    prompt_tokens     bigint      NOT NULL DEFAULT 0,
    completion_tokens bigint      NOT NULL DEFAULT 0,
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE market.deployment_usage;
DROP TABLE market.api_keys;
