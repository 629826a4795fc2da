-- Rectification orders: raised from a failing finding with a deadline, answered by the venue's manager with a note
-- and photos, then closed on re-inspection or escalated. The manager never sees the audit's notes.
CREATE TABLE inspections_order (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    audit_id        BIGINT         NOT NULL,
    venue_id        BIGINT         NOT NULL,
    district_code   CHAR(6)        NOT NULL,
    item            VARCHAR(32)    NOT NULL,
    requirement     VARCHAR(500)   NOT NULL,
    deadline        DATE           NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    response        VARCHAR(1000)  NULL,
    responded_at    DATETIME(6)    NULL,
    decision_note   VARCHAR(500)   NULL,
    decided_by      VARCHAR(128)   NULL,
    decided_at      DATETIME(6)    NULL,
    raised_by       VARCHAR(128)   NOT NULL,
    raised_at       DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL,
    PRIMARY KEY (id),
    KEY inspections_order_venue (venue_id, status),
    KEY inspections_order_district (district_code, status, deadline),
    CONSTRAINT inspections_order_audit FOREIGN KEY (audit_id) REFERENCES inspections_audit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspections_order_photo (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    order_id      BIGINT        NOT NULL,
    content_type  VARCHAR(20)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    PRIMARY KEY (id),
    KEY inspections_order_photo_order (order_id),
    CONSTRAINT inspections_order_photo_order FOREIGN KEY (order_id) REFERENCES inspections_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
