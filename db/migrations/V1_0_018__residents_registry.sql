-- The residents module: the people the health-code and laboratory systems report on, their health records, the
-- holds tracing places on their codes, and the SitePass accounts bound to them. The document number, the name and
-- the mobile are sealed by the platform's field cipher and found by keyed blind indexes; nothing here names a person
-- in clear. Other modules and every QR code know a resident only by the opaque random reference.
CREATE TABLE residents_resident (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    reference           CHAR(22)      NOT NULL,
    document_type       VARCHAR(2)    NOT NULL,
    number_sealed       VARCHAR(400)  NOT NULL,
    number_index        CHAR(64)      NOT NULL,
    name_sealed         VARCHAR(400)  NOT NULL,
    mobile_sealed       VARCHAR(400)  NULL,
    mobile_index        CHAR(64)      NULL,
    district_code       CHAR(6)       NOT NULL,
    birth_date          DATE          NULL,
    sex                 VARCHAR(6)    NULL,
    disabled            BOOLEAN       NOT NULL,
    source              VARCHAR(40)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    source_time         DATETIME(6)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_resident_reference (reference),
    UNIQUE KEY residents_resident_number (number_index),
    UNIQUE KEY residents_resident_source (source, source_id),
    KEY residents_resident_mobile (mobile_index),
    KEY residents_resident_birth (birth_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A resident account (RESIDENT role) bound to the one resident it speaks for, by real-name check. An officer may
-- undo a wrong binding: the row stays, with who undid it and why, and the account may bind again. Only one binding
-- per account and per resident is in force, which the generated columns make unique.
CREATE TABLE residents_binding (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    account             VARCHAR(64)   NOT NULL,
    resident_id         BIGINT        NOT NULL,
    bound_at            DATETIME(6)   NOT NULL,
    undone_at           DATETIME(6)   NULL,
    undone_by           VARCHAR(64)   NULL,
    undo_reason         VARCHAR(400)  NULL,
    account_in_force    VARCHAR(64)   AS (IF(undone_at IS NULL, account, NULL)) STORED,
    resident_in_force   BIGINT        AS (IF(undone_at IS NULL, resident_id, NULL)) STORED,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_binding_account (account_in_force),
    UNIQUE KEY residents_binding_resident (resident_in_force),
    KEY residents_binding_history (account, bound_at),
    CONSTRAINT residents_binding_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Health records as their sources sent them. Each is the source's record by its own id: sent again it is stored
-- once, and a version with a newer source time corrects it. Readable reasons and institutions are sealed; codes,
-- results and times stay in clear for the verdict, against the opaque resident id only.
CREATE TABLE residents_colour_change (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    source              VARCHAR(40)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    source_time         DATETIME(6)   NOT NULL,
    colour              VARCHAR(6)    NOT NULL,
    reason_code         VARCHAR(40)   NOT NULL,
    reason_sealed       VARCHAR(1200) NOT NULL,
    effective_at        DATETIME(6)   NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_colour_change_source (source, source_id),
    KEY residents_colour_change_resident (resident_id, effective_at),
    KEY residents_colour_change_effective (effective_at),
    CONSTRAINT residents_colour_change_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE residents_nat_test (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    source              VARCHAR(40)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    source_time         DATETIME(6)   NOT NULL,
    sampled_at          DATETIME(6)   NOT NULL,
    resulted_at         DATETIME(6)   NULL,
    result              VARCHAR(8)    NOT NULL,
    institution_sealed  VARCHAR(800)  NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_nat_test_source (source, source_id),
    KEY residents_nat_test_resident (resident_id, sampled_at),
    KEY residents_nat_test_sampled (sampled_at),
    CONSTRAINT residents_nat_test_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE residents_antigen_test (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    source              VARCHAR(40)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    source_time         DATETIME(6)   NOT NULL,
    tested_at           DATETIME(6)   NOT NULL,
    result              VARCHAR(8)    NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_antigen_test_source (source, source_id),
    KEY residents_antigen_test_resident (resident_id, tested_at),
    KEY residents_antigen_test_tested (tested_at),
    CONSTRAINT residents_antigen_test_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE residents_vaccination (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    source              VARCHAR(40)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    source_time         DATETIME(6)   NOT NULL,
    dose_number         INT           NOT NULL,
    vaccinated_at       DATETIME(6)   NOT NULL,
    product             VARCHAR(80)   NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_vaccination_source (source, source_id),
    KEY residents_vaccination_resident (resident_id, dose_number),
    CONSTRAINT residents_vaccination_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A hold another module (tracing) places on a resident's code: the verdict takes the stricter of the feed's colour
-- and any open hold, and only lifting the hold ends it, whatever the feed says later.
CREATE TABLE residents_hold (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id         BIGINT        NOT NULL,
    colour              VARCHAR(6)    NOT NULL,
    reason_code         VARCHAR(40)   NOT NULL,
    reason_sealed       VARCHAR(1200) NOT NULL,
    placed_for          VARCHAR(64)   NOT NULL,
    placed_by           VARCHAR(64)   NOT NULL,
    placed_at           DATETIME(6)   NOT NULL,
    lifted_by           VARCHAR(64)   NULL,
    lifted_at           DATETIME(6)   NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY residents_hold_resident (resident_id, lifted_at),
    KEY residents_hold_placed_for (placed_for),
    CONSTRAINT residents_hold_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
