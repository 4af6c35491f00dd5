-- A deployment's container logs (issue 18): the lines its containers wrote to stdout and stderr,
-- shipped by the provider's agent about once a second and readable by the job's client only,
-- for the API's log retention after they arrived (also after the job ended). A line shipped
-- twice (an agent that restarted resends what it is not sure arrived) is stored once: digest is
-- sha256 of the line's provider, round, stream, time and text.

-- +goose Up
CREATE TABLE market.container_logs (
    id          bigserial PRIMARY KEY,
    job_id      bigint      NOT NULL REFERENCES market.jobs (id) ON DELETE CASCADE,
    provider    bytea       NOT NULL,
    round       integer     NOT NULL,
    stream      text        NOT NULL CHECK (stream IN ('stdout', 'stderr')),
    at          timestamptz NOT NULL,
    line        text        NOT NULL,
    digest      bytea       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (job_id, digest)
);
CREATE INDEX container_logs_job ON market.container_logs (job_id, id);
CREATE INDEX container_logs_received ON market.container_logs (received_at);

-- +goose Down
DROP TABLE market.container_logs;
