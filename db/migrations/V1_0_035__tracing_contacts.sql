-- The people a case's tracers found to have shared a place with the case, by their opaque resident reference only,
-- and where each stands in their handling. A person is a contact of a case once; the same person may be a contact
-- of several cases. The isolation place is sealed: for a home isolation it is the person's address. The household
-- district is the registry's when the contact was identified, kept so that lists and counts by district stay queries.
CREATE TABLE tracing_contact (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           BIGINT        NOT NULL,
    resident_ref      CHAR(22)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    visit             VARCHAR(40)   CHARACTER SET ascii NULL,
    district_code     CHAR(6)       CHARACTER SET ascii NULL,
    status            VARCHAR(12)   NOT NULL,
    assessment        VARCHAR(20)   NULL,
    isolation         VARCHAR(20)   NULL,
    place_sealed      VARCHAR(1000) CHARACTER SET ascii NULL,
    identified_at     DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY tracing_contact_person (case_id, resident_ref),
    KEY tracing_contact_resident (resident_ref),
    KEY tracing_contact_status (status, assessment),
    KEY tracing_contact_district (district_code, status),
    CONSTRAINT tracing_contact_case FOREIGN KEY (case_id) REFERENCES tracing_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of a contact's handling, with who took it and when: the history the tracers and the auditor read.
CREATE TABLE tracing_contact_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    contact_id        BIGINT        NOT NULL,
    reached           VARCHAR(12)   NOT NULL,
    detail            VARCHAR(20)   NULL,
    note              VARCHAR(500)  NULL,
    actor             VARCHAR(128)  NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY tracing_contact_step_of (contact_id, occurred_at),
    CONSTRAINT tracing_contact_step_contact FOREIGN KEY (contact_id) REFERENCES tracing_contact (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A request to export a case's contacts with their identities in clear, for the isolation teams: a second tracer
-- approves it, and only the tracer who asked downloads it, once, soon after the approval. The file is made at the
-- download and never stored.
CREATE TABLE tracing_contact_export (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           BIGINT        NOT NULL,
    format            VARCHAR(4)    NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    requested_by      VARCHAR(128)  NOT NULL,
    requested_at      DATETIME(6)   NOT NULL,
    approved_by       VARCHAR(128)  NULL,
    approved_at       DATETIME(6)   NULL,
    downloaded_at     DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY tracing_contact_export_of (case_id, requested_at),
    CONSTRAINT tracing_contact_export_case FOREIGN KEY (case_id) REFERENCES tracing_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
