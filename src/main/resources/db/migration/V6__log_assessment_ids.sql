-- Each logged assessment is kept under the id its response gave (a random UUID, written by the service), so that a
-- client can fetch exactly that decision at /api/v1/assessments/{id}. Entries logged before have none (NULL): they
-- cannot be fetched by id and leave with the log's retention. Both databases let a unique index hold many NULLs.
-- One script for H2 and PostgreSQL, as V1.

ALTER TABLE assessment_log ADD COLUMN assessment_id VARCHAR(36);

CREATE UNIQUE INDEX assessment_log_by_assessment_id ON assessment_log (assessment_id);
