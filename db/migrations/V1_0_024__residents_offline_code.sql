-- Offline paper codes (离线码) for people who carry no phone: children, elders and registered disabled residents.
-- The QR on the card carries only the random serial and a signature, so that a lost card names nobody; the status a
-- door shows is read live through the serial. A reissue or a loss report voids the previous card; expiry follows
-- from valid_until alone. A proxy who collects the card shows their own document, which is recorded sealed and
-- found by blind index, like a resident's. Only one card per resident is active, which the generated column makes
-- unique.
CREATE TABLE residents_offline_code (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id           BIGINT        NOT NULL,
    serial                CHAR(22)      NOT NULL,
    issued_at             DATETIME(6)   NOT NULL,
    valid_until           DATETIME(6)   NOT NULL,
    issued_by             VARCHAR(64)   NOT NULL,
    status                VARCHAR(6)    NOT NULL,
    void_reason           VARCHAR(8)    NULL,
    voided_at             DATETIME(6)   NULL,
    voided_by             VARCHAR(64)   NULL,
    proxy_document_type   VARCHAR(2)    NULL,
    proxy_number_sealed   VARCHAR(400)  NULL,
    proxy_number_index    CHAR(64)      NULL,
    proxy_name_sealed     VARCHAR(400)  NULL,
    proxy_relationship    VARCHAR(16)   NULL,
    active_resident       BIGINT        AS (IF(status = 'ACTIVE', resident_id, NULL)) STORED,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY residents_offline_code_serial (serial),
    UNIQUE KEY residents_offline_code_active (active_resident),
    KEY residents_offline_code_resident (resident_id, issued_at),
    KEY residents_offline_code_proxy (proxy_number_index),
    CONSTRAINT residents_offline_code_resident_fk FOREIGN KEY (resident_id) REFERENCES residents_resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
