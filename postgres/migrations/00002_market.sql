-- +goose Up
-- The marketplace's own state, written by the API (controller) instances: sign-in, the provider
-- registry, jobs as clients submitted them, bids and every job's status trail. The chain mirror
-- (00001) stays the source of truth for money; these tables hold what never goes on chain.
CREATE SCHEMA market;

-- Single-use SIWE nonces: consuming one is a DELETE … RETURNING, atomic across instances.
CREATE TABLE market.nonces (
    nonce      text        PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX nonces_expiry ON market.nonces (expires_at);

-- Sessions: only the SHA-256 of the bearer token is stored.
CREATE TABLE market.sessions (
    token_hash bytea       PRIMARY KEY,
    address    bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON market.sessions (expires_at);

-- Controller instances (API replicas): matching routes clients through them.
CREATE TABLE market.controllers (
    id           text        PRIMARY KEY,
    region       text        NOT NULL,
    load         double precision NOT NULL DEFAULT 0,
    region_links jsonb       NOT NULL DEFAULT '{}', -- client region → measured latency (ms)
    seen_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE market.providers (
    address           bytea       PRIMARY KEY,
    region            text        NOT NULL,
    endpoint          text        NOT NULL,
    gpus              jsonb       NOT NULL,
    performance       double precision NOT NULL DEFAULT 1,
    free_gpus         integer     NOT NULL DEFAULT 0,
    load              double precision NOT NULL DEFAULT 0,
    latencies         jsonb       NOT NULL DEFAULT '{}', -- controller id → ms
    heartbeats        bigint      NOT NULL DEFAULT 0,
    first_heartbeat_at timestamptz,
    last_heartbeat_at timestamptz,
    registered_at     timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX providers_region ON market.providers (region, address);

-- Jobs as clients submitted them. chain_job_id links to the escrow's job once createJob is mined.
CREATE TABLE market.jobs (
    id                 bigserial      PRIMARY KEY,
    client             bytea          NOT NULL,
    state              text           NOT NULL,
    reason             text           NOT NULL DEFAULT '',
    spec               jsonb          NOT NULL,
    spec_hash          bytea          NOT NULL UNIQUE,
    region             text           NOT NULL,
    gpu_model          text           NOT NULL,
    gpu_memory_mib     integer        NOT NULL,
    gpu_count          integer        NOT NULL,
    max_price          numeric(78, 0) NOT NULL,
    budget             numeric(78, 0) NOT NULL,
    min_provider_stake numeric(78, 0) NOT NULL,
    duration_seconds   integer        NOT NULL,
    bidding_deadline   bigint         NOT NULL, -- unix seconds, as written on chain
    bidding_closes_at  timestamptz    NOT NULL, -- when the controller awards (before the deadline)
    chain_job_id       bigint UNIQUE,
    create_tx          bytea,
    provider           bytea,
    round              integer        NOT NULL DEFAULT 0,
    award_tx           bytea,
    match              jsonb,
    failures           integer        NOT NULL DEFAULT 0,
    chain_seen         bigint         NOT NULL DEFAULT 0, -- last chain-mirror event folded into the trail
    lease_until        timestamptz,                      -- a controller is sending a transaction for it
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX jobs_client ON market.jobs (client, id DESC);
CREATE INDEX jobs_provider ON market.jobs (provider, id DESC);
CREATE INDEX jobs_state ON market.jobs (state, bidding_closes_at);

-- Every state a job passes through, with the reason: the status trail.
CREATE TABLE market.job_events (
    job_id bigint      NOT NULL REFERENCES market.jobs (id),
    seq    bigint      NOT NULL,
    state  text        NOT NULL,
    kind   text        NOT NULL,
    reason text        NOT NULL DEFAULT '',
    detail jsonb,
    at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, seq)
);

-- Signed bids. One per provider and job; a (provider, nonce) pair is never accepted twice.
CREATE TABLE market.bids (
    job_id     bigint         NOT NULL REFERENCES market.jobs (id),
    provider   bytea          NOT NULL,
    price      numeric(78, 0) NOT NULL,
    expiry     bigint         NOT NULL,
    nonce      numeric(78, 0) NOT NULL,
    signature  bytea          NOT NULL,
    created_at timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, provider),
    UNIQUE (provider, nonce)
);

-- +goose Down
DROP SCHEMA market CASCADE;
