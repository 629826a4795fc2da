-- The devices module: each digital sentry by serial number, the vendor and model it is of (ids into the vendors
-- module, no foreign key across modules), its Keycloak client, and what its last heartbeat said.
CREATE TABLE devices_device (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    serial              VARCHAR(40)   NOT NULL,
    vendor_id           BIGINT        NOT NULL,
    model_id            BIGINT        NOT NULL,
    client_id           VARCHAR(64)   NULL,
    status              VARCHAR(16)   NOT NULL,
    registered_at       DATETIME(6)   NOT NULL,
    decommissioned_at   DATETIME(6)   NULL,
    last_seen_at        DATETIME(6)   NULL,
    firmware_version    VARCHAR(40)   NULL,
    uptime_seconds      BIGINT        NULL,
    queue_length        INT           NULL,
    clock_drift_ms      BIGINT        NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY devices_device_serial (serial),
    UNIQUE KEY devices_device_client (client_id),
    KEY devices_device_vendor (vendor_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
