-- A saved scenario belongs to the user who saved it: only they (or an admin) may change or delete it.
-- Scenarios saved before there were owners keep owner NULL, which only an admin may change.
-- One script for H2 and PostgreSQL, as V1.

ALTER TABLE scenario ADD COLUMN owner VARCHAR(255);
