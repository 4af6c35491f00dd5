-- The trust model (issue 14): a failover moves no stake, so a failover records what the failed
-- provider may still settle (due) instead of a slash; slashes come from FaultDisputes only.
-- Controllers sign fault observations (one row per controller, job round) until a quorum reports
-- the fault on chain; disputes mirror what FaultDisputes holds until they are executed or voided.

-- +goose Up
ALTER TABLE settlement_failovers RENAME COLUMN slashed TO due;
-- close_round actions name the round they close.
ALTER TABLE settlement_actions ADD COLUMN round integer, ADD COLUMN provider bytea;

-- The escrow's jobTermsHash of the job: what every bid on it signs (so a bid cannot move to another job).
ALTER TABLE market.jobs ADD COLUMN chain_terms bytea;
-- Since when the gateway cannot reach the job's provider (a transport error, not an HTTP status);
-- cleared by the next request that gets through. The controller fails over a job whose provider
-- stays unreachable longer than the heartbeat timeout, even while its agent still heartbeats.
ALTER TABLE market.jobs ADD COLUMN unreachable_since timestamptz;

CREATE TABLE market.fault_observations (
    job_id       bigint      NOT NULL REFERENCES market.jobs (id),
    round        integer     NOT NULL,
    provider     bytea       NOT NULL,
    controller   bytea       NOT NULL, -- the signer (its controller key's address)
    silent_since bigint      NOT NULL, -- unix seconds: the provider's last heartbeat this controller saw
    observed_at  bigint      NOT NULL, -- unix seconds
    signature    bytea       NOT NULL, -- EIP-712 FaultReport signature
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, round, controller)
);

CREATE TABLE market.disputes (
    dispute_id    bigint         PRIMARY KEY, -- FaultDisputes id
    job_id        bigint         NOT NULL REFERENCES market.jobs (id),
    round         integer        NOT NULL,
    provider      bytea          NOT NULL,
    silent_since  bigint         NOT NULL,
    observed_at   bigint         NOT NULL,
    amount        numeric(78, 0) NOT NULL,
    compensation  numeric(78, 0) NOT NULL,
    execute_after bigint         NOT NULL, -- chain time
    state         text           NOT NULL DEFAULT 'pending', -- pending | voided | executed
    report_tx     bytea          NOT NULL,
    close_tx      bytea,
    created_at    timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX disputes_provider ON market.disputes (provider, state);

-- +goose Down
DROP TABLE market.disputes;
DROP TABLE market.fault_observations;
ALTER TABLE market.jobs DROP COLUMN chain_terms, DROP COLUMN unreachable_since;
ALTER TABLE settlement_actions DROP COLUMN round, DROP COLUMN provider;
ALTER TABLE settlement_failovers RENAME COLUMN due TO slashed;
