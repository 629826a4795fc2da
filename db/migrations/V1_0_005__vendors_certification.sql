-- The vendors module: sentry vendors and their certification, device models and theirs, and the documents that
-- back both (business licences, test reports). Certified vendors with certified models form the qualified-supplier
-- directory.
CREATE TABLE vendors_vendor (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    owner               VARCHAR(128)  NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    credit_code         CHAR(18)      NOT NULL,
    address             VARCHAR(200)  NOT NULL,
    contact_person      VARCHAR(50)   NOT NULL,
    contact_mobile      VARCHAR(255)  NOT NULL,
    service_districts   VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    certificate_number  VARCHAR(40)   NULL,
    valid_until         DATE          NULL,
    decision_reason     VARCHAR(500)  NULL,
    submitted_at        DATETIME(6)   NULL,
    decided_at          DATETIME(6)   NULL,
    decided_by          VARCHAR(128)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY vendors_vendor_owner (owner),
    UNIQUE KEY vendors_vendor_credit_code (credit_code),
    KEY vendors_vendor_status (status, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vendors_model (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id           BIGINT        NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    form_factor         VARCHAR(16)   NOT NULL,
    capabilities        VARCHAR(100)  NOT NULL,
    firmware_version    VARCHAR(40)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    certificate_number  VARCHAR(40)   NULL,
    valid_until         DATE          NULL,
    decision_reason     VARCHAR(500)  NULL,
    submitted_at        DATETIME(6)   NULL,
    decided_at          DATETIME(6)   NULL,
    decided_by          VARCHAR(128)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY vendors_model_name (vendor_id, name),
    KEY vendors_model_status (status, submitted_at),
    CONSTRAINT vendors_model_vendor FOREIGN KEY (vendor_id) REFERENCES vendors_vendor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Licences and test reports, their type decided by their content, not their name.
CREATE TABLE vendors_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    vendor_id     BIGINT        NOT NULL,
    model_id      BIGINT        NULL,
    kind          VARCHAR(16)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    size_bytes    INT           NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY vendors_document_vendor (vendor_id, id),
    CONSTRAINT vendors_document_vendor FOREIGN KEY (vendor_id) REFERENCES vendors_vendor (id),
    CONSTRAINT vendors_document_model FOREIGN KEY (model_id) REFERENCES vendors_model (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
