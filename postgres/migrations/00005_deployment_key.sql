-- The deployment key: issued by the API when a job's deployment first runs ("an authentication key
-- is issued to the user upon container deployment"). It is issued without a secret: the secret is
-- drawn when the job's client reveals the key — once, in the statement that stores its hash — so
-- it is never stored in clear, and a second reveal finds nothing to reveal. Unrevealed keys expire
-- after a day (the client then creates another key).

-- +goose Up
ALTER TABLE market.api_keys ALTER COLUMN hash DROP NOT NULL; -- NULL until revealed
ALTER TABLE market.api_keys ADD COLUMN deployment boolean NOT NULL DEFAULT false;
ALTER TABLE market.api_keys ADD COLUMN revealed_at timestamptz;
CREATE UNIQUE INDEX api_keys_one_deployment_key ON market.api_keys (job_id) WHERE deployment;

-- +goose Down
DROP INDEX market.api_keys_one_deployment_key;
ALTER TABLE market.api_keys DROP COLUMN revealed_at;
ALTER TABLE market.api_keys DROP COLUMN deployment;
DELETE FROM market.api_keys WHERE hash IS NULL;
ALTER TABLE market.api_keys ALTER COLUMN hash SET NOT NULL;
