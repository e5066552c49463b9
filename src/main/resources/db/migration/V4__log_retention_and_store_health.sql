-- The assessment log is pruned by age and by count, and then the inputs no entry names any more,
-- found through this index. An input larger than assay.log.max-input-bytes is logged by its hash
-- alone, with no JSON. The store's readiness check writes one row, so that it notices a database
-- that can be read but not written (a full disk, a closed database).
-- One script for H2 and PostgreSQL, as V1.

CREATE INDEX assessment_log_by_input ON assessment_log (input_hash);

ALTER TABLE assessment_input ALTER COLUMN input_json DROP NOT NULL;

CREATE TABLE store_heartbeat (
    id       INT                      NOT NULL PRIMARY KEY,
    beat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO store_heartbeat (id, beat_at) VALUES (1, CURRENT_TIMESTAMP);
