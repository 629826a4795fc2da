-- A positive case a tracer registered: the person only by their opaque resident reference (found by the residents
-- module through the document's blind index; the number is never stored here), the sample and onset dates its visits
-- are counted back from, and the lab report it rests on. The reference (TC-yyyyMMdd-nnnn) is what every lookup made
-- for the case names as its purpose in the audit trail.
CREATE TABLE tracing_case (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    reference         VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    resident_ref      CHAR(22)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sampled_on        DATE          NOT NULL,
    onset_on          DATE          NULL,
    source            VARCHAR(60)   NOT NULL,
    note              VARCHAR(500)  NULL,
    status            VARCHAR(10)   NOT NULL,
    opened_by         VARCHAR(128)  NOT NULL,
    opened_at         DATETIME(6)   NOT NULL,
    closed_at         DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY tracing_case_reference (reference),
    KEY tracing_case_status (status, opened_at),
    KEY tracing_case_resident (resident_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last number given to a case on each day of the city, locked by the registering transaction: two tracers
-- registering at once never get the same reference, and a rolled-back registration leaves no gap.
CREATE TABLE tracing_case_sequence (
    day               DATE          NOT NULL,
    last_value        INT           NOT NULL,
    PRIMARY KEY (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
