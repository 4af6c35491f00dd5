-- Webhooks for a job's warnings (issue 18): the client gives a URL at submission and gets a secret
-- once; the warnings (budget_80, budget_95, duration_ending) and a failure of the job are posted
-- there, signed with the secret, from an outbox every controller instance drains (a delivery is
-- claimed with SKIP LOCKED, retried with backoff, given up after its last attempt).

-- +goose Up
ALTER TABLE market.jobs ADD COLUMN webhook_url text;
ALTER TABLE market.jobs ADD COLUMN webhook_secret bytea;
CREATE TABLE market.webhook_deliveries (
    job_id       bigint NOT NULL REFERENCES market.jobs (id) ON DELETE CASCADE,
    seq          bigint NOT NULL,
    attempts     integer NOT NULL DEFAULT 0,
    next_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    gave_up_at   timestamptz,
    last_error   text,
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX webhook_deliveries_due ON market.webhook_deliveries (next_at) WHERE delivered_at IS NULL AND gave_up_at IS NULL;

-- +goose Down
DROP TABLE market.webhook_deliveries;
ALTER TABLE market.jobs DROP COLUMN webhook_secret;
ALTER TABLE market.jobs DROP COLUMN webhook_url;
