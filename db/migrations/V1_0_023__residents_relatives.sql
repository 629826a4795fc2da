-- Relative codes (亲属码): a holder, a bound resident, shows on their phone the code of a relative who cannot show
-- their own: a child under 18, an elder of 60 or over, or a person an officer of their district agreed cannot apply
-- alone. The reference is opaque and random, and it is what a relative code carries, so that revoking the link voids
-- the codes made under it without naming the holder at the door. Why a person cannot apply alone may be health data:
-- it is sealed, as the officer's reason for a refusal. A PENDING or ACTIVE link counts towards the limits (8 per
-- holder, 3 per relative) and is unique per pair, which the generated column makes a key; the limits themselves are
-- counted while both residents' rows are locked (Relatives.apply).
CREATE TABLE residents_relative (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    reference             CHAR(22)      NOT NULL,
    holder_id             BIGINT        NOT NULL,
    relative_id           BIGINT        NOT NULL,
    grounds               VARCHAR(8)    NOT NULL,
    reason_sealed         VARCHAR(1200) NULL,
    guardian_declared_at  DATETIME(6)   NULL,
    status                VARCHAR(8)    NOT NULL,
    applied_at            DATETIME(6)   NOT NULL,
    decided_at            DATETIME(6)   NULL,
    decided_by            VARCHAR(64)   NULL,
    refusal_sealed        VARCHAR(1200) NULL,
    revoked_at            DATETIME(6)   NULL,
    pair_in_force         VARCHAR(41)   AS (IF(status IN ('PENDING', 'ACTIVE'),
                                               CONCAT(holder_id, ':', relative_id), NULL)) STORED,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_relative_reference (reference),
    UNIQUE KEY residents_relative_pair (pair_in_force),
    KEY residents_relative_holder (holder_id, status),
    KEY residents_relative_relative (relative_id, status),
    KEY residents_relative_pending (status, applied_at),
    CONSTRAINT residents_relative_holder_fk FOREIGN KEY (holder_id) REFERENCES residents_resident (id),
    CONSTRAINT residents_relative_relative_fk FOREIGN KEY (relative_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
