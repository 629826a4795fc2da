package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A health record a source system sent about a resident (a colour change, a test, a dose): stored once per source
 * id, corrected by a newer version, and kept only as long as the pass rules can use it.
 *
 * @param <F> what the source says in the record
 */
@MappedSuperclass
public abstract class HealthRecord<F> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private long residentId;
    @Embedded
    private SourceVersion sourceVersion;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected HealthRecord() {
    }

    protected HealthRecord(long residentId, SourceVersion version, F facts, Instant now) {
        this.residentId = residentId;
        this.sourceVersion = version;
        this.receivedAt = now;
        apply(facts);
    }

    /** Applies a newer version of the source's record; returns whether it was newer. */
    public boolean correct(SourceVersion newer, F facts, Instant now) {
        if (!sourceVersion.isSupersededBy(newer)) {
            return false;
        }
        sourceVersion = newer;
        receivedAt = now;
        apply(facts);
        return true;
    }

    protected abstract void apply(F facts);

    public long id() {
        return id;
    }

    public long residentId() {
        return residentId;
    }

    public SourceVersion sourceVersion() {
        return sourceVersion;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
