package org.sitepass.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where the keyed part of the audit chain starts. Entries before it were written unkeyed (plain SHA-256) and
 * verify as such; from it on every entry must carry an HMAC. The migration that introduced keys wrote this row
 * and the runtime account may only read it, so nobody can move the start to pass keyed entries off as unkeyed.
 */
@Entity
@Table(name = "platform_audit_chain_start")
public class AuditChainStart {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "keyed_from", nullable = false)
    private long keyedFrom;

    protected AuditChainStart() {
    }

    public AuditChainStart(long keyedFrom) {
        this.id = ID;
        this.keyedFrom = keyedFrom;
    }

    public long getKeyedFrom() {
        return keyedFrom;
    }
}
