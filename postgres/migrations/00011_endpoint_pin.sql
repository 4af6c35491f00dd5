-- The gateway pins each provider endpoint's TLS public key (issue 15): the agent registers the
-- SHA-256 of its certificate's SubjectPublicKeyInfo with the endpoint, and the gateway accepts
-- only that key on the connection, so no CA vouches for providers and a hijacked hostname gets
-- nothing. NULL for plain-HTTP endpoints, which only a dev chain accepts.

-- +goose Up
ALTER TABLE market.providers ADD COLUMN tls_pin text;

-- +goose Down
ALTER TABLE market.providers DROP COLUMN tls_pin;
