package org.sitepass.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The newest link of the audit chain. Appending holds a write lock on this single row, so links are added
 * one after another with consecutive ids, and it lets verification tell when the newest links were removed.
 */
@Entity
@Table(name = "platform_audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    /** What the first link points back to; the first migration writes the head with it. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "entry_count", nullable = false)
    private long entryCount;

    protected AuditChainHead() {
    }

    private AuditChainHead(long lastId, String lastHash, long entryCount) {
        this.id = ID;
        this.lastId = lastId;
        this.lastHash = lastHash;
        this.entryCount = entryCount;
    }

    /** The head of an empty chain, as the first migration writes it. */
    public static AuditChainHead genesis() {
        return new AuditChainHead(0, GENESIS_HASH, 0);
    }

    /** Creates the next link, keyed with the given key, and moves the head onto it. */
    public AuditEntry append(AuditFacts facts, Instant now, ChainKey key) {
        AuditEntry entry = new AuditEntry(lastId + 1, now, facts, lastHash, key);
        lastId = entry.getId();
        lastHash = entry.getEntryHash();
        entryCount++;
        return entry;
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    public long getEntryCount() {
        return entryCount;
    }
}
