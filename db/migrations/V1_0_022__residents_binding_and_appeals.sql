-- Binding a resident account by real-name check and a one-time code. Every attempt is a challenge, also one whose
-- real-name check failed (no resident then, no code): the attempts of an account in a day are counted from here, so
-- that nobody probes document numbers. The code is kept only as a keyed hash, and only for its five minutes.
CREATE TABLE residents_binding_challenge (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    reference           CHAR(22)      NOT NULL,
    account             VARCHAR(64)   NOT NULL,
    resident_id         BIGINT        NULL,
    status              VARCHAR(10)   NOT NULL,
    code_hash           CHAR(64)      NULL,
    wrong_attempts      INT           NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    expires_at          DATETIME(6)   NOT NULL,
    closed_at           DATETIME(6)   NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_binding_challenge_reference (reference),
    KEY residents_binding_challenge_account (account, created_at),
    CONSTRAINT residents_binding_challenge_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A resident contests a colour change or a nucleic-acid test (the correction interface of GB/T 38963); an officer of
-- the resident's district decides. The reason and the decision are the person's health data, so they are sealed.
CREATE TABLE residents_appeal (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    subject_kind        VARCHAR(16)   NOT NULL,
    record_id           BIGINT        NOT NULL,
    reason_sealed       VARCHAR(1600) NOT NULL,
    filed_by            VARCHAR(64)   NOT NULL,
    filed_at            DATETIME(6)   NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    decided_by          VARCHAR(64)   NULL,
    decided_at          DATETIME(6)   NULL,
    decision_sealed     VARCHAR(1600) NULL,
    correction          VARCHAR(64)   NULL,
    open_record         VARCHAR(40)   AS (IF(status = 'OPEN', CONCAT(subject_kind, ':', record_id), NULL)) STORED,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_appeal_open_record (open_record),
    KEY residents_appeal_resident (resident_id, filed_at),
    KEY residents_appeal_status (status, filed_at),
    CONSTRAINT residents_appeal_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An upheld appeal against a nucleic-acid test voids it: the verdict and the resident's code no longer count it,
-- while the record stays, with the appeal that voided it, as its history.
ALTER TABLE residents_nat_test
    ADD COLUMN voided_at DATETIME(6) NULL,
    ADD COLUMN voided_by_appeal BIGINT NULL;

-- "My data" lists every entry of the audit trail about a resident (object type and opaque reference).
CREATE INDEX platform_audit_entry_object ON platform_audit_entry (object_type, object_id, occurred_at);
