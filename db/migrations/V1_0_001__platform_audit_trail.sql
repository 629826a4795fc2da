-- Append-only audit trail. Each row is chained to the previous one by SHA-256 (entry_hash covers the row's
-- fields and previous_hash), so altering or deleting a row breaks the chain at that point. Ids are given by
-- the chain (last id + 1, under the head lock), never by AUTO_INCREMENT, so a gap is itself a sign of removal.
CREATE TABLE platform_audit_entry (
    id              BIGINT       NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(128) NOT NULL,
    actor_roles     VARCHAR(255) NOT NULL,
    action          VARCHAR(64)  NOT NULL,
    object_type     VARCHAR(64)  NOT NULL,
    object_id       VARCHAR(128) NOT NULL,
    purpose         VARCHAR(255) NOT NULL,
    result          VARCHAR(16)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    previous_hash   CHAR(64)     NOT NULL,
    entry_hash      CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    KEY platform_audit_entry_occurred_at (occurred_at),
    KEY platform_audit_entry_actor (actor, occurred_at),
    KEY platform_audit_entry_action (action, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: the last link of the chain. Appending locks it, which keeps the chain linear under concurrency,
-- and it lets verification notice when the newest rows were removed.
CREATE TABLE platform_audit_chain_head (
    id          TINYINT   NOT NULL,
    last_id     BIGINT    NOT NULL,
    last_hash   CHAR(64)  NOT NULL,
    entry_count BIGINT    NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO platform_audit_chain_head (id, last_id, last_hash, entry_count)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
