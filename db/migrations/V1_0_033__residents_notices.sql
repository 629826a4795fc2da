-- Notices another module (tracing) places on a resident's health-code page: an exposure at a venue, an assessment as
-- a contact. The text is what the person reads, sealed as all health data; placed_for names what the notice serves (an
-- exposure's or a case's reference), so that it is corrected or withdrawn for everybody at once. The text is at most
-- 500 characters, sealed into 2,800 as the reasons of V1_0_025.
CREATE TABLE residents_notice (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    text_sealed         VARCHAR(2800) NOT NULL,
    placed_for          VARCHAR(64)   NOT NULL,
    placed_by           VARCHAR(64)   NOT NULL,
    placed_at           DATETIME(6)   NOT NULL,
    corrected_by        VARCHAR(64)   NULL,
    corrected_at        DATETIME(6)   NULL,
    withdrawn_by        VARCHAR(64)   NULL,
    withdrawn_at        DATETIME(6)   NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY residents_notice_resident (resident_id, status),
    KEY residents_notice_placed_for (placed_for, status),
    CONSTRAINT residents_notice_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
