-- The checks a provider's agent ran on its machine (gin-agent doctor's), as it last reported them:
-- the provider's dashboard page shows them (issue 18).

-- +goose Up
ALTER TABLE market.providers ADD COLUMN doctor jsonb;
ALTER TABLE market.providers ADD COLUMN doctor_at timestamptz;

-- +goose Down
ALTER TABLE market.providers DROP COLUMN doctor_at;
ALTER TABLE market.providers DROP COLUMN doctor;
