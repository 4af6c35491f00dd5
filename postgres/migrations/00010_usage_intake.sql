-- Usage intake decides per entry, as the escrow does (issue 15): a report whose signature is good
-- is kept with every entry, each marked accepted, clamped (the escrow will pay up to its cap or
-- budget) or refused (it can pay nothing: a stale or closed round, a value not above what is
-- known). A refused entry stays in its report, since the one signature covers all of them, so the
-- same cumulative value may now appear in several reports: the key is the entry's place.

-- +goose Up
ALTER TABLE settlement_usages DROP CONSTRAINT settlement_usages_pkey;
ALTER TABLE settlement_usages ADD PRIMARY KEY (report_id, position);
DROP INDEX settlement_usages_report;
ALTER TABLE settlement_usages ADD COLUMN intake text NOT NULL DEFAULT 'accepted', -- accepted | clamped:<reason> | refused:<reason>
    ADD COLUMN known bigint; -- the round's highest cumulative settled or queued before this report, when intake read it
CREATE INDEX settlement_usages_round ON settlement_usages (chain_id, job_id, round, provider, cumulative_gpu_seconds)
    WHERE intake NOT LIKE 'refused:%';

-- +goose Down
DROP INDEX settlement_usages_round;
ALTER TABLE settlement_usages DROP COLUMN intake, DROP COLUMN known;
CREATE INDEX settlement_usages_report ON settlement_usages (report_id, position);
ALTER TABLE settlement_usages DROP CONSTRAINT settlement_usages_pkey;
ALTER TABLE settlement_usages ADD PRIMARY KEY (chain_id, job_id, round, provider, cumulative_gpu_seconds);
