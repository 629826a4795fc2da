-- Exposures of venues: a tracer marks a venue and a time window as exposed, optionally for a case, and everyone
-- recorded there in the window is told through the residents module's notices (placed for the exposure's reference,
-- EX-<day>-<id>, so that they are corrected or withdrawn together). The notice text names no person and is kept in
-- clear; the note is the tracer's own. people is how many were found at marking, notified how many have been told.
CREATE TABLE tracing_exposure (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    venue_id          BIGINT        NOT NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    case_reference    VARCHAR(20)   NULL,
    note              VARCHAR(500)  NULL,
    notice_text       VARCHAR(500)  NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    people            INT           NOT NULL,
    notified          INT           NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    corrected_by      VARCHAR(64)   NULL,
    corrected_at      DATETIME(6)   NULL,
    withdrawn_by      VARCHAR(64)   NULL,
    withdrawn_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY tracing_exposure_venue (venue_id, status),
    KEY tracing_exposure_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The people of an exposure not told yet: filled by one INSERT ... SELECT from the pass records when the exposure is
-- marked, then taken in small batches after that commit, each batch in its own transaction, each person's row
-- deleted as they are told. So a restart resumes where it stopped, nobody is told twice, and who was where is not
-- kept here once they have been told.
CREATE TABLE tracing_exposure_pending (
    exposure_id       BIGINT        NOT NULL,
    resident_ref      CHAR(22)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (exposure_id, resident_ref),
    CONSTRAINT tracing_exposure_pending_exposure_fk FOREIGN KEY (exposure_id) REFERENCES tracing_exposure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
