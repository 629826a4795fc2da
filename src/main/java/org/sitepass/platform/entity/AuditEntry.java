package org.sitepass.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.sitepass.platform.AuditOutcome;

/**
 * One link of the audit chain. Immutable once written: the entity has no setters, and its hash covers
 * every field together with the previous link's hash. The hash is an HMAC-SHA256 under the chain key the entry
 * names, so that someone who can write to the database cannot recompute it; entries written before the chain was
 * keyed name no key and carry a plain SHA-256.
 */
@Entity
@Table(name = "platform_audit_entry")
public class AuditEntry {

    private static final char SEPARATOR = '\u001f';

    @Id
    private long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 128)
    private String actor;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 128)
    private String objectId;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false, length = 16)
    private String result;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "key_id", length = 16)
    private String keyId;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(long id, Instant occurredAt, AuditFacts facts, String previousHash, ChainKey key) {
        this.id = id;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = clip(facts.actor(), 128);
        this.actorRoles = clip(facts.actorRoles(), 255);
        this.action = clip(facts.action(), 64);
        this.objectType = clip(facts.objectType(), 64);
        this.objectId = clip(facts.objectId(), 128);
        this.purpose = clip(facts.purpose(), 255);
        this.result = facts.outcome().name();
        this.clientAddress = clip(facts.clientAddress(), 64);
        this.previousHash = previousHash;
        this.keyId = key.id();
        this.entryHash = computeHash(key.secret());
    }

    /**
     * The hash this row should carry, recomputed from what is stored now: the HMAC under {@code key} (the key
     * {@link #getKeyId()} names) for a keyed entry, the plain SHA-256 for an unkeyed one, which ignores the key.
     */
    public String computeHash(SecretKey key) {
        String canonical = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(id),
                occurredAt.toString(), actor, actorRoles, action, objectType, objectId, purpose, result,
                clientAddress);
        return isKeyed() ? hmac(key, keyId + SEPARATOR + canonical) : sha256(canonical);
    }

    public boolean isIntact(SecretKey key) {
        return MessageDigest.isEqual(computeHash(key).getBytes(StandardCharsets.US_ASCII),
                entryHash.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isKeyed() {
        return keyId != null;
    }

    public boolean followsHash(String hash) {
        return previousHash.equals(hash);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", e);
        }
    }

    static String hmac(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute HmacSHA256 with the audit chain key", e);
        }
    }

    private static String clip(String value, int length) {
        String text = value == null ? "" : value;
        return text.length() <= length ? text : text.substring(0, length);
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getPurpose() {
        return purpose;
    }

    public AuditOutcome getOutcome() {
        return AuditOutcome.valueOf(result);
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    /** The chain key that keys this entry; null for an entry written before the chain was keyed. */
    public String getKeyId() {
        return keyId;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
