-- Issue 11, finding 5: the audit chain is keyed. From here on every entry's hash is an HMAC-SHA256 under a chain
-- key from configuration, and the entry names that key (its id) so that keys can be rotated. Entries written
-- before stay unkeyed (key_id NULL, plain SHA-256) and keep verifying as such.
ALTER TABLE platform_audit_entry ADD COLUMN key_id VARCHAR(16) NULL AFTER previous_hash;

-- Where the keyed chain starts: the first id after the entries that exist now. This migration writes it and the
-- runtime account may only read it, so an entry at or after it that names no key is a forgery.
CREATE TABLE platform_audit_chain_start (
    id          TINYINT  NOT NULL,
    keyed_from  BIGINT   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO platform_audit_chain_start (id, keyed_from)
SELECT 1, last_id + 1 FROM platform_audit_chain_head WHERE id = 1;

-- Signed statements of the chain's head (Ed25519, key id), written periodically; auditors export them and keep
-- them elsewhere. Insert-only for the runtime account.
CREATE TABLE platform_audit_checkpoint (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    created_at  DATETIME(6)  NOT NULL,
    last_id     BIGINT       NOT NULL,
    last_hash   CHAR(64)     NOT NULL,
    keyed_from  BIGINT       NOT NULL,
    key_id      VARCHAR(16)  NOT NULL,
    signature   VARCHAR(128) NOT NULL,
    PRIMARY KEY (id),
    KEY platform_audit_checkpoint_last_id (last_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
