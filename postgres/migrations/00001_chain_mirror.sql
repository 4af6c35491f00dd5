-- The chain mirror written by the indexer. Every row carries the block it came from, so a reorg is
-- undone by deleting rows above the common ancestor; derived state is computed from these rows and
-- is therefore consistent with the events by construction.
-- Raw events are unique on (chain_id, block_hash, log_index), so a replayed batch is harmless. The
-- typed tables derived from them key on (chain_id, block_number, log_index): rows above a reorg's
-- common ancestor are deleted before the new branch is written, so a block number names one block.

-- +goose Up
CREATE TABLE cursors (
    chain_id     bigint      NOT NULL,
    name         text        NOT NULL,
    block_number bigint      NOT NULL, -- last block fully indexed
    block_hash   bytea       NOT NULL,
    head_number  bigint      NOT NULL, -- chain head seen by the last batch
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, name)
);

-- The last block of every committed batch: candidates for the common ancestor after a reorg.
CREATE TABLE block_checkpoints (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea  NOT NULL,
    PRIMARY KEY (chain_id, block_number)
);

-- Every event of the deployed contracts, decoded (args as JSON: amounts as decimal strings).
CREATE TABLE chain_events (
    chain_id     bigint  NOT NULL,
    block_number bigint  NOT NULL,
    block_hash   bytea   NOT NULL,
    block_time   bigint,
    tx_hash      bytea   NOT NULL,
    tx_index     integer NOT NULL,
    log_index    integer NOT NULL,
    contract     text    NOT NULL, -- token | staking | escrow
    name         text    NOT NULL,
    args         jsonb   NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX chain_events_block ON chain_events (chain_id, block_number);

-- Signed balance movements. Buckets: wallet (GIN held), escrow_free, escrow_locked, stake_active,
-- stake_unbonding, earned (provider payouts net of fees), fees_owed (account = escrow), slashed.
CREATE TABLE ledger (
    chain_id     bigint         NOT NULL,
    block_number bigint         NOT NULL,
    block_hash   bytea          NOT NULL,
    log_index    integer        NOT NULL,
    seq          smallint       NOT NULL,
    account      bytea          NOT NULL,
    bucket       text           NOT NULL,
    job_id       bigint,
    amount       numeric(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index, seq)
);
CREATE INDEX ledger_account ON ledger (chain_id, account, bucket);

-- Jobs as posted (JobCreated); their life cycle is in job_events.
CREATE TABLE jobs (
    chain_id           bigint         NOT NULL,
    job_id             bigint         NOT NULL,
    client             bytea          NOT NULL,
    spec_hash          bytea          NOT NULL,
    max_price          numeric(78, 0) NOT NULL,
    gpu_count          integer        NOT NULL,
    budget             numeric(78, 0) NOT NULL,
    bidding_deadline   bigint         NOT NULL,
    min_provider_stake numeric(78, 0) NOT NULL,
    block_number       bigint         NOT NULL,
    block_hash         bytea          NOT NULL,
    log_index          integer        NOT NULL,
    tx_hash            bytea          NOT NULL,
    PRIMARY KEY (chain_id, job_id)
);
CREATE INDEX jobs_client ON jobs (chain_id, client);

-- Everything that happened to a job after it was posted, one row per escrow event.
CREATE TABLE job_events (
    chain_id               bigint  NOT NULL,
    block_number           bigint  NOT NULL,
    block_hash             bytea   NOT NULL,
    block_time             bigint,
    log_index              integer NOT NULL,
    job_id                 bigint  NOT NULL,
    name                   text    NOT NULL,
    state                  text, -- the state the job is in after this event, when it changes it
    provider               bytea,
    round                  integer,
    price                  numeric(78, 0),
    amount                 numeric(78, 0),
    cumulative_gpu_seconds numeric(78, 0),
    reason                 text,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX job_events_job ON job_events (chain_id, job_id, block_number, log_index);

-- Staking history: stakes, unstake requests (with unlock time), withdrawals and slashes (with reason).
CREATE TABLE stake_events (
    chain_id     bigint         NOT NULL,
    block_number bigint         NOT NULL,
    block_hash   bytea          NOT NULL,
    block_time   bigint,
    log_index    integer        NOT NULL,
    account      bytea          NOT NULL,
    name         text           NOT NULL,
    amount       numeric(78, 0) NOT NULL,
    unlock_at    bigint,
    beneficiary  bytea,
    reason       text,
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX stake_events_account ON stake_events (chain_id, account, block_number);

-- +goose Down
DROP TABLE stake_events;
DROP TABLE job_events;
DROP TABLE jobs;
DROP TABLE ledger;
DROP TABLE chain_events;
DROP TABLE block_checkpoints;
DROP TABLE cursors;
