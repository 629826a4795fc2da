package org.sitepass.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A signed statement of the audit chain's head at one moment: which entry was newest, its hash and where the
 * keyed chain starts. An auditor keeps exported checkpoints outside the database; a chain rewritten afterwards,
 * even with the chain key, no longer matches them.
 */
@Entity
@Table(name = "platform_audit_checkpoint")
public class AuditCheckpoint {

    /** Names the form of {@link #statement()}, so that a verifier outside SitePass knows what was signed. */
    public static final String FORMAT = "SPA1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "keyed_from", nullable = false)
    private long keyedFrom;

    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    @Column(nullable = false, length = 128)
    private String signature;

    protected AuditCheckpoint() {
    }

    /** A checkpoint of the given head, not yet signed. */
    public AuditCheckpoint(Instant createdAt, AuditChainHead head, long keyedFrom) {
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        this.lastId = head.getLastId();
        this.lastHash = head.getLastHash();
        this.keyedFrom = keyedFrom;
    }

    /** The exact text that is signed: {@code SPA1|created at|last id|last hash|keyed from}, in UTF-8. */
    public String statement() {
        return String.join("|", FORMAT, createdAt.toString(), Long.toString(lastId), lastHash,
                Long.toString(keyedFrom));
    }

    public byte[] signedBytes() {
        return statement().getBytes(StandardCharsets.UTF_8);
    }

    /** Records the signature over {@link #statement()} and the id of the key that made it. */
    public void sign(String signingKeyId, String base64Signature) {
        this.keyId = signingKeyId;
        this.signature = base64Signature;
    }

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    public long getKeyedFrom() {
        return keyedFrom;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getSignature() {
        return signature;
    }
}
