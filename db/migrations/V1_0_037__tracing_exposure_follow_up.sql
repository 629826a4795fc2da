-- A correction or a withdrawal of an exposure changes its row in the tracer's request; the notices of the people told
-- follow after the commit, batch by batch by notice id. revised_to is the last notice brought up to date, 0 when a
-- change waits for its first batch, NULL when nothing waits; the sweep resumes from it after a restart.
ALTER TABLE tracing_exposure ADD COLUMN revised_to BIGINT NULL;

-- Offline devices upload records up to 28 days after the pass, so an exposure's people are searched again and again
-- while it is active, until its window's end plus that horizon: scanned_to is how far receive times have been
-- searched. Exposures marked before this searched up to their marking.
ALTER TABLE tracing_exposure ADD COLUMN scanned_to DATETIME(6) NULL;
UPDATE tracing_exposure SET scanned_to = created_at;
ALTER TABLE tracing_exposure MODIFY COLUMN scanned_to DATETIME(6) NOT NULL;

-- A person told keeps their row, with when, so that a later search finding them again tells nobody twice; the rows
-- go once the search has ended.
ALTER TABLE tracing_exposure_pending ADD COLUMN told_at DATETIME(6) NULL,
    ADD KEY tracing_exposure_pending_waiting (exposure_id, told_at, resident_ref);

-- A notice may end on its own: an exposure's notices leave the health-code page a while after the window
-- (sitepass.tracing.exposure-notice-period). NULL stands until withdrawn.
ALTER TABLE residents_notice ADD COLUMN ends_at DATETIME(6) NULL;
