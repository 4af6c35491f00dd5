-- The settlement service's queue and outbox. Providers' signed usage reports are verified, stored,
-- batched into settleBatch transactions and confirmed through receipts. Every transaction the
-- service sends is signed and stored here before it is broadcast, so a restart re-sends the same
-- transaction (same nonce) instead of paying twice. Amounts are wei in numeric(78, 0).

-- +goose Up
-- One row per provider-signed UsageReport (the unit the escrow settles: one signature over many jobs).
CREATE TABLE settlement_reports (
    id          bigserial   PRIMARY KEY,
    chain_id    bigint      NOT NULL,
    provider    bytea       NOT NULL,
    digest      bytea       NOT NULL, -- EIP-712 digest: a replayed report has the same one
    signature   bytea       NOT NULL,
    usages      integer     NOT NULL,
    state       text        NOT NULL DEFAULT 'pending', -- pending | batched | settled | superseded | failed
    tx_id       bigint,            -- the settle_batch transaction carrying it (state batched/settled)
    attempts    integer     NOT NULL DEFAULT 0,
    received_at timestamptz NOT NULL DEFAULT now(),
    settled_at  timestamptz,
    UNIQUE (chain_id, digest)
);
CREATE INDEX settlement_reports_pending ON settlement_reports (chain_id, id) WHERE state = 'pending';
CREATE INDEX settlement_reports_tx ON settlement_reports (tx_id);

-- One row per attested cumulative value of a (job, round, provider): counters only go up, so a
-- value can be attested once.
CREATE TABLE settlement_usages (
    chain_id               bigint  NOT NULL,
    job_id                 bigint  NOT NULL,
    round                  integer NOT NULL,
    provider               bytea   NOT NULL,
    cumulative_gpu_seconds bigint  NOT NULL,
    report_id              bigint  NOT NULL REFERENCES settlement_reports (id),
    position               integer NOT NULL, -- index in the signed report
    amount                 numeric(78, 0),   -- gross paid for this entry once confirmed
    outcome                text,             -- settled | rejected:<reason> once confirmed
    PRIMARY KEY (chain_id, job_id, round, provider, cumulative_gpu_seconds)
);
CREATE INDEX settlement_usages_report ON settlement_usages (report_id, position);

-- The outbox: one row per nonce the service used. state: signed (stored, maybe not broadcast) |
-- sent | mined (receipt seen) | confirmed (enough blocks on top) | reverted | dropped (the nonce was
-- used by another transaction; its work goes back to the queue).
CREATE TABLE settlement_txs (
    id           bigserial   PRIMARY KEY,
    chain_id     bigint      NOT NULL,
    sender       bytea       NOT NULL,
    nonce        bigint      NOT NULL,
    kind         text        NOT NULL, -- settle_batch | report_failure | finalize_job
    job_id       bigint,               -- for job actions
    calldata     bytea       NOT NULL,
    gas_limit    bigint      NOT NULL,
    attestations integer     NOT NULL DEFAULT 0,
    state        text        NOT NULL DEFAULT 'signed',
    tx_hash      bytea,                -- the attempt that was mined
    block_number bigint,
    block_hash   bytea,
    gas_used     bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz,
    mined_at     timestamptz,
    confirmed_at timestamptz
);
CREATE UNIQUE INDEX settlement_txs_nonce ON settlement_txs (chain_id, sender, nonce) WHERE state <> 'dropped';
CREATE INDEX settlement_txs_open ON settlement_txs (chain_id, state) WHERE state IN ('signed', 'sent', 'mined');

-- Every signed version of an outbox transaction (a replacement with higher fees keeps the nonce).
CREATE TABLE settlement_attempts (
    tx_hash     bytea          PRIMARY KEY,
    tx_id       bigint         NOT NULL REFERENCES settlement_txs (id),
    raw         bytea          NOT NULL,
    gas_fee_cap numeric(78, 0) NOT NULL,
    gas_tip_cap numeric(78, 0) NOT NULL,
    created_at  timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX settlement_attempts_tx ON settlement_attempts (tx_id, created_at);

-- Job ends the service carries out: report_failure (controller key; slashes by the escrow's policy)
-- and finalize_job (refund of what is left once the windows allow it).
CREATE TABLE settlement_actions (
    id         bigserial   PRIMARY KEY,
    chain_id   bigint      NOT NULL,
    job_id     bigint      NOT NULL,
    kind       text        NOT NULL,
    reason     text        NOT NULL DEFAULT '',
    state      text        NOT NULL DEFAULT 'pending', -- pending | sent | done | skipped
    not_before bigint      NOT NULL DEFAULT 0,         -- chain time (unix seconds)
    tx_id      bigint,
    note       text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_actions_pending ON settlement_actions (chain_id, not_before) WHERE state = 'pending';

-- Money moved by the service's confirmed transactions, from their receipts' events.
-- kind: payout (provider, net of fee) | fee | refund (client) | slash (provider's stake, to the client).
CREATE TABLE settlement_movements (
    tx_id     bigint         NOT NULL REFERENCES settlement_txs (id),
    log_index integer        NOT NULL,
    kind      text           NOT NULL,
    account   bytea          NOT NULL,
    job_id    bigint,
    amount    numeric(78, 0) NOT NULL,
    PRIMARY KEY (tx_id, log_index, kind)
);
CREATE INDEX settlement_movements_account ON settlement_movements (account, kind);

-- Jobs whose provider failed: handed to failover (a backup award) by whoever watches this table.
CREATE TABLE settlement_failovers (
    chain_id  bigint         NOT NULL,
    job_id    bigint         NOT NULL,
    round     integer        NOT NULL,
    provider  bytea          NOT NULL,
    slashed   numeric(78, 0) NOT NULL,
    reason    text           NOT NULL,
    failed_at bigint         NOT NULL, -- chain time
    tx_id     bigint         NOT NULL,
    PRIMARY KEY (chain_id, job_id, round)
);

-- +goose Down
DROP TABLE settlement_failovers;
DROP TABLE settlement_movements;
DROP TABLE settlement_actions;
DROP TABLE settlement_attempts;
DROP TABLE settlement_txs;
DROP TABLE settlement_usages;
DROP TABLE settlement_reports;
