-- Each distinct input of the assessment log is kept once, under its hash: the same fact sets are
-- assessed over and over (a baseline, a scenario, a form an analyst keeps re-submitting), and a copy
-- of a few kilobytes per entry made the log most of the database and its writes most of its cost.
-- One script for H2 and PostgreSQL, as V1.

CREATE TABLE assessment_input (
    input_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    input_json  TEXT        NOT NULL
);

INSERT INTO assessment_input (input_hash, input_json)
    SELECT input_hash, MIN(input_json) FROM assessment_log GROUP BY input_hash;

ALTER TABLE assessment_log DROP COLUMN input_json;
