-- The GPU telemetry a provider's agent reads through NVML and sends with each heartbeat: per GPU
-- its UUID, model, utilization, temperature, power and memory in use (the latest heartbeat's).

-- +goose Up
ALTER TABLE market.providers ADD COLUMN telemetry jsonb NOT NULL DEFAULT '[]';

-- +goose Down
ALTER TABLE market.providers DROP COLUMN telemetry;
