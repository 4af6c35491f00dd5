-- What a provider's runtime says it served per job round (requests, tokens), sent with its usage
-- reports. Not signed on chain (the escrow pays GPU-seconds only): the client compares it with the
-- gateway's own meter (market.deployment_usage). Cumulative: a report never lowers a counter.

-- +goose Up
CREATE TABLE market.served_usage (
    job_id            bigint      NOT NULL REFERENCES market.jobs (id),
    round             integer     NOT NULL,
    provider          bytea       NOT NULL,
    requests          bigint      NOT NULL DEFAULT 0,
    prompt_tokens     bigint      NOT NULL DEFAULT 0,
    completion_tokens bigint      NOT NULL DEFAULT 0,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, round)
);

-- +goose Down
DROP TABLE market.served_usage;
