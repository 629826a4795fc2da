package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;
import org.sitepass.tracing.TracingTexts;

/**
 * A positive case a tracer registered: whose (only the opaque reference, never the document), when the positive
 * sample was taken and symptoms began, and the lab report it rests on. Its reference is the purpose every lookup made
 * for it writes into the audit trail.
 */
@Entity
@Table(name = "tracing_case")
public class TracingCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "resident_ref")
    private String residentRef;
    @Column(name = "sampled_on")
    private LocalDate sampledOn;
    @Column(name = "onset_on")
    private LocalDate onsetOn;
    private String source;
    private String note;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected TracingCase() {
    }

    /**
     * Opens a case. The dates are the tracer's to know; what the rules need of them is checked by the form, before a
     * reference is used up.
     */
    public static TracingCase open(CaseReference reference, ResidentRef person, LocalDate sampledOn,
                                   LocalDate onsetOn, String source, String note, String openedBy, Instant now) {
        TracingCase opened = new TracingCase();
        opened.reference = reference.value();
        opened.residentRef = Objects.requireNonNull(person, "person").value();
        opened.sampledOn = Objects.requireNonNull(sampledOn, "sampledOn");
        opened.onsetOn = onsetOn;
        opened.source = Objects.requireNonNull(source, "source");
        opened.note = note;
        opened.status = CaseStatus.OPEN;
        opened.openedBy = openedBy;
        opened.openedAt = now;
        return opened;
    }

    /** Closes the case; its lookups stay readable, its visits and contacts are kept until the retention removes it. */
    public void close(Instant now) {
        moveTo(CaseStatus.CLOSED);
        closedAt = now;
    }

    private void moveTo(CaseStatus next) {
        RequestRefused.unless(status.canBecome(next),
                () -> TracingTexts.conflict("case", "tracing.cases.refused.closed"));
        status = next;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public ResidentRef getResident() {
        return new ResidentRef(residentRef);
    }

    public LocalDate getSampledOn() {
        return sampledOn;
    }

    public LocalDate getOnsetOn() {
        return onsetOn;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
