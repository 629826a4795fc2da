-- The inspections module, first part: inspection plans of a district for a period, and the venues chosen for them
-- with the inspector each is assigned to. venue_id comes from the sites module (no foreign key across modules).
CREATE TABLE inspections_plan (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    district_code   CHAR(6)       NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    period_from     DATE          NOT NULL,
    period_to       DATE          NOT NULL,
    created_by      VARCHAR(128)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY inspections_plan_district (district_code, period_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspections_assignment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id     BIGINT        NOT NULL,
    venue_id    BIGINT        NOT NULL,
    reason      VARCHAR(32)   NOT NULL,
    inspector   VARCHAR(128)  NULL,
    status      VARCHAR(16)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY inspections_assignment_venue (plan_id, venue_id),
    KEY inspections_assignment_inspector (inspector, status),
    CONSTRAINT inspections_assignment_plan FOREIGN KEY (plan_id) REFERENCES inspections_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
