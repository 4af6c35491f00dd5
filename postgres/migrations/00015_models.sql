-- +goose Up
-- Hugging Face models (issue 16): the models in each provider's cache (its last heartbeat's list),
-- whether a bid starts warm and how long it expects to take, and a job's secrets (HF_TOKEN), kept
-- apart from its spec: never hashed, never listed, read only by the awarded provider.
ALTER TABLE market.providers ADD COLUMN models jsonb NOT NULL DEFAULT '[]';
ALTER TABLE market.bids ADD COLUMN warm boolean NOT NULL DEFAULT false;
ALTER TABLE market.bids ADD COLUMN start_seconds integer NOT NULL DEFAULT 0;
ALTER TABLE market.jobs ADD COLUMN secrets jsonb;

-- +goose Down
ALTER TABLE market.jobs DROP COLUMN secrets;
ALTER TABLE market.bids DROP COLUMN start_seconds;
ALTER TABLE market.bids DROP COLUMN warm;
ALTER TABLE market.providers DROP COLUMN models;
