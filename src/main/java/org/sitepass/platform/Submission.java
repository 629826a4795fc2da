package org.sitepass.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Something put to an officer for a decision: when it was last submitted, and when and by whom it was last decided.
 * A new submission keeps the previous decision on record until the next one replaces it. Immutable: an entity
 * replaces its value, so that a copy handed out never changes under its holder.
 */
@Embeddable
public class Submission {

    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;

    protected Submission() {
    }

    private Submission(Instant submittedAt, Instant decidedAt, String decidedBy) {
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    /** EclipseLink loads an embeddable whose columns are all null as null: that is one never submitted. */
    public static Submission of(Submission loaded) {
        return loaded == null ? new Submission() : loaded;
    }

    public Submission submitted(Instant now) {
        return new Submission(now, decidedAt, decidedBy);
    }

    public Submission decided(String officer, Instant now) {
        return new Submission(submittedAt, now, officer);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
