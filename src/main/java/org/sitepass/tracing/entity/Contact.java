package org.sitepass.tracing.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;

/**
 * A person a case's tracer found to have shared a place with the case, and how they are handled: identified, notified,
 * assessed (close contact, secondary contact or cleared), transferred to isolation with the place, released. Each step
 * is kept with who took it and when; a step the contact's status does not allow is refused here, whatever page or
 * path asks for it. A contact assessed again before the transfer keeps both assessments in its steps, so that a
 * secondary contact found closer later is handled as a close one.
 */
@Entity
@Table(name = "tracing_contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "resident_ref")
    private String residentRef;
    private String visit;
    @Column(name = "district_code")
    private String districtCode;
    @Enumerated(EnumType.STRING)
    private ContactStatus status;
    @Enumerated(EnumType.STRING)
    private Assessment assessment;
    @Enumerated(EnumType.STRING)
    private Isolation isolation;
    @Column(name = "place_sealed")
    private String placeSealed;
    @Column(name = "identified_at")
    private Instant identifiedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "contact", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ContactStep> steps = new ArrayList<>();
    @Version
    private long version;

    protected Contact() {
    }

    /**
     * @param residentRef the person's opaque reference, never a document number
     * @param districtCode the person's household district now, if the registry knows it
     * @param visit the case's visit where the person was met ({@code <day>.<id>}), if they came from one
     */
    public static Contact identify(long caseId, String residentRef, String districtCode, String visit, String by,
                                   Instant now) {
        Contact contact = new Contact();
        contact.caseId = caseId;
        contact.residentRef = Objects.requireNonNull(residentRef, "residentRef");
        contact.districtCode = districtCode;
        contact.visit = visit;
        contact.identifiedAt = now;
        contact.step(ContactStatus.IDENTIFIED, null, null, by, now);
        return contact;
    }

    /** The person has been told they are a contact of a case. */
    public void notified(String by, Instant now) {
        refuseUnless(status == ContactStatus.IDENTIFIED, "tracing.contact.refused.notNotifiable");
        step(ContactStatus.NOTIFIED, null, null, by, now);
    }

    /**
     * Judges the notified contact, or judges an assessed one again before the transfer.
     *
     * @param note why, for the tracers who read the steps later; may be absent
     */
    public void assess(Assessment judged, String note, String by, Instant now) {
        Objects.requireNonNull(judged, "assessment");
        refuseUnless(status == ContactStatus.NOTIFIED || status == ContactStatus.ASSESSED,
                "tracing.contact.refused.notAssessable");
        refuseUnless(judged != assessment, "tracing.contact.refused.sameAssessment");
        assessment = judged;
        step(ContactStatus.ASSESSED, judged.name(), note, by, now);
    }

    /**
     * Sends an assessed close or secondary contact to isolation.
     *
     * @param sealedPlace where, sealed: a home isolation's place is the person's address
     */
    public void transfer(Isolation to, String sealedPlace, String by, Instant now) {
        Objects.requireNonNull(to, "isolation");
        Objects.requireNonNull(sealedPlace, "place");
        refuseUnless(status == ContactStatus.ASSESSED, "tracing.contact.refused.notTransferable");
        refuseUnless(assessment.isolates(), "tracing.contact.refused.clearedNotTransferred");
        isolation = to;
        placeSealed = sealedPlace;
        step(ContactStatus.TRANSFERRED, to.name(), null, by, now);
    }

    /**
     * Ends the handling: a cleared contact once assessed, a close or secondary contact once back from isolation.
     *
     * @param reason why now, e.g. the isolation's end and a negative test
     */
    public void release(String reason, String by, Instant now) {
        refuseUnless(status == ContactStatus.TRANSFERRED
                        || status == ContactStatus.ASSESSED && !assessment.isolates(),
                "tracing.contact.refused.notReleasable");
        step(ContactStatus.RELEASED, null, reason, by, now);
    }

    /** Whether the contact's code is held now: assessed as a close or secondary contact and not yet released. */
    public boolean isHeld() {
        return assessment != null && assessment.isolates() && status != ContactStatus.RELEASED;
    }

    private void step(ContactStatus reached, String detail, String note, String by, Instant now) {
        status = reached;
        updatedAt = now;
        steps.add(new ContactStep(this, reached, detail, note, by, now));
    }

    private static void refuseUnless(boolean allowed, String key) {
        RequestRefused.unless(allowed, () -> TracingTexts.conflict("contact", key));
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getResidentRef() {
        return residentRef;
    }

    public String getVisit() {
        return visit;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public ContactStatus getStatus() {
        return status;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Isolation getIsolation() {
        return isolation;
    }

    public String getPlaceSealed() {
        return placeSealed;
    }

    public Instant getIdentifiedAt() {
        return identifiedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ContactStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
