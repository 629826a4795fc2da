-- The door staff a venue's manager named: the accounts that may check people without a phone on that venue's
-- door-check page. A removal deletes the row; the audit trail keeps who named and removed whom, and when. The account
-- is a Keycloak user name, which the role DOOR_STAFF must also hold for the page to open.
CREATE TABLE tracing_door_staff (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    venue_id          BIGINT        NOT NULL,
    account           VARCHAR(64)   NOT NULL,
    named_by          VARCHAR(128)  NOT NULL,
    named_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY tracing_door_staff_account (venue_id, account),
    KEY tracing_door_staff_of (account)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
