-- Each logged assessment keeps every rating's level, not only the headline's verdict, so that a replay
-- notices when a new pack version moves any rating. Entries logged before have none (NULL): their replay
-- compares the verdict and the measures, as it did. One script for H2 and PostgreSQL, as V1.

ALTER TABLE assessment_log ADD COLUMN ratings_json VARCHAR(4000);
