-- On-site audits: one per visit, never edited after submission (a correction is a new audit). Findings per
-- checklist item, photos as evidence (stored without their location metadata), and what the poster's code said.
CREATE TABLE inspections_audit (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    venue_id          BIGINT         NOT NULL,
    district_code     CHAR(6)        NOT NULL,
    assignment_id     BIGINT         NULL,
    inspector         VARCHAR(128)   NOT NULL,
    poster_code       VARCHAR(20)    NULL,
    poster_matches    BOOLEAN        NOT NULL,
    latitude          DECIMAL(9,6)   NULL,
    longitude         DECIMAL(9,6)   NULL,
    result            VARCHAR(8)     NOT NULL,
    submitted_at      DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY inspections_audit_venue (venue_id, submitted_at),
    KEY inspections_audit_district (district_code, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspections_finding (
    audit_id   BIGINT         NOT NULL,
    item       VARCHAR(32)    NOT NULL,
    verdict    VARCHAR(16)    NOT NULL,
    note       VARCHAR(500)   NULL,
    PRIMARY KEY (audit_id, item),
    CONSTRAINT inspections_finding_audit FOREIGN KEY (audit_id) REFERENCES inspections_audit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspections_photo (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    audit_id      BIGINT        NOT NULL,
    content_type  VARCHAR(20)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    PRIMARY KEY (id),
    KEY inspections_photo_audit (audit_id),
    CONSTRAINT inspections_photo_audit FOREIGN KEY (audit_id) REFERENCES inspections_audit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
