-- A saved scenario counts its changes: the revision is part of its ETag, and a change (PATCH or DELETE) is written
-- only if the scenario is still at the revision it was read at, in the one UPDATE or DELETE statement that writes it,
-- so that two clients that read the same revision cannot both change it. Scenarios saved before start at 1.
-- One script for H2 and PostgreSQL, as V1. (V7: the assessment ids took V6 on the way to main.)

ALTER TABLE scenario ADD COLUMN revision BIGINT DEFAULT 1 NOT NULL;
