-- Where a device stands: proposed by its vendor for a venue's entrance, accepted or declined by the venue's
-- manager, ended when moved or withdrawn. A device has at most one proposed or active deployment at a time.
-- venue_id and district_code come from the sites module (no foreign key across modules).
CREATE TABLE devices_deployment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    device_id      BIGINT        NOT NULL,
    venue_id       BIGINT        NOT NULL,
    district_code  CHAR(6)       NOT NULL,
    entrance       VARCHAR(50)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    reason         VARCHAR(500)  NULL,
    proposed_at    DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6)   NULL,
    ended_at       DATETIME(6)   NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY devices_deployment_device (device_id, status),
    KEY devices_deployment_venue (venue_id, status),
    KEY devices_deployment_district (district_code, status),
    CONSTRAINT devices_deployment_device FOREIGN KEY (device_id) REFERENCES devices_device (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
