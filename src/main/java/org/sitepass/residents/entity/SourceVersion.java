package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a record came from: the source system, the source's own id for it, and the time the source gave this
 * version. The same id sent again is the same record; a newer source time corrects it, an older or equal one is
 * ignored, so batches may be resent and arrive out of order.
 */
@Embeddable
public class SourceVersion {

    @Column(name = "source")
    private String source;
    @Column(name = "source_id")
    private String sourceId;
    @Column(name = "source_time")
    private Instant sourceTime;

    protected SourceVersion() {
    }

    public SourceVersion(String source, String sourceId, Instant sourceTime) {
        this.source = Objects.requireNonNull(source, "source");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.sourceTime = Objects.requireNonNull(sourceTime, "sourceTime");
    }

    /** Whether {@code other}, a version of the same record, supersedes this one. */
    public boolean isSupersededBy(SourceVersion other) {
        return other.sourceTime.isAfter(sourceTime);
    }

    public String source() {
        return source;
    }

    public String sourceId() {
        return sourceId;
    }

    public Instant sourceTime() {
        return sourceTime;
    }
}
