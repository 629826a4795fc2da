-- A correction or a withdrawal of an exposure changes its row in the tracer's request; the notices of the people told
-- follow after the commit, batch by batch by notice id. revised_to is the last notice brought up to date, 0 when a
-- change waits for its first batch, NULL when nothing waits; the sweep resumes from it after a restart.
ALTER TABLE tracing_exposure ADD COLUMN revised_to BIGINT NULL;
