-- What a batch job produced (a fine-tuned model, results): uploaded by the job's awarded provider
-- when its container finishes, downloaded by the job's client. Kept in Postgres (64 MiB at most
-- each), addressed by job and name, with the content's SHA-256.

-- +goose Up
CREATE TABLE market.artifacts (
    job_id     bigint      NOT NULL REFERENCES market.jobs (id),
    name       text        NOT NULL,
    provider   bytea       NOT NULL,
    round      integer     NOT NULL,
    sha256     bytea       NOT NULL,
    size       bigint      NOT NULL,
    data       bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, name)
);

-- +goose Down
DROP TABLE market.artifacts;
