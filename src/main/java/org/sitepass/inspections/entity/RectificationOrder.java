package org.sitepass.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.EnumSet;
import java.util.Set;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.VenueInDistrict;

/**
 * What a venue must put right after a failing finding, and by when. The venue answers; the inspector re-inspects
 * and closes it, or escalates it; an order past its deadline and not closed is overdue.
 */
@Entity
@Table(name = "inspections_order")
public class RectificationOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "inspection_id")
    private Long inspectionId;
    @Embedded
    private VenueInDistrict place;
    @Enumerated(EnumType.STRING)
    private ChecklistItem item;
    private String requirement;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private String response;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "raised_by")
    private String raisedBy;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Version
    private long version;

    protected RectificationOrder() {
    }

    /** Raised only from a failing finding of the inspection, with a deadline after today. */
    public RectificationOrder(Inspection inspection, ChecklistItem item, String requirement, LocalDate deadline,
                              LocalDate today, String inspector, Instant now) {
        boolean failed = inspection.getFindings().stream()
                .anyMatch(f -> f.getItem() == item && f.getVerdict() == Verdict.FAIL);
        if (!failed) {
            throw InspectionsTexts.conflict("orders.refused.notFailed");
        }
        if (!deadline.isAfter(today)) {
            throw InspectionsTexts.conflict("orders.refused.deadline");
        }
        this.inspectionId = inspection.getId();
        this.place = new VenueInDistrict(inspection.getVenueId(), inspection.getDistrictCode());
        this.item = item;
        this.requirement = requirement;
        this.deadline = deadline;
        this.status = OrderStatus.OPEN;
        this.raisedBy = inspector;
        this.raisedAt = now;
    }

    /**
     * The one state machine of an order: until it is decided the venue may answer (again, to add to its answer)
     * and an inspector may close or escalate it; afterwards nothing. Pages offer what this allows.
     */
    public Set<OrderAction> allowedActions() {
        return isPending() ? EnumSet.allOf(OrderAction.class) : EnumSet.noneOf(OrderAction.class);
    }

    public void respond(String note, Instant now) {
        requireStatus(allowedActions().contains(OrderAction.RESPOND));
        response = note;
        respondedAt = now;
        status = OrderStatus.RESPONDED;
    }

    public void close(String inspector, String note, Instant now) {
        requireStatus(allowedActions().contains(OrderAction.CLOSE));
        decide(OrderStatus.CLOSED, inspector, note, now);
    }

    public void escalate(String inspector, String note, Instant now) {
        requireStatus(allowedActions().contains(OrderAction.ESCALATE));
        decide(OrderStatus.ESCALATED, inspector, note, now);
    }

    public boolean isOverdue(LocalDate today) {
        return isPending() && today.isAfter(deadline);
    }

    private boolean isPending() {
        return status == OrderStatus.OPEN || status == OrderStatus.RESPONDED;
    }

    private void decide(OrderStatus to, String inspector, String note, Instant now) {
        status = to;
        decidedBy = inspector;
        decisionNote = note;
        decidedAt = now;
    }

    private void requireStatus(boolean allowed) {
        RequestRefused.unless(allowed, () -> InspectionsTexts.conflict("orders.refused." + status.name()));
    }

    public Long getId() {
        return id;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public long getVenueId() {
        return place.getVenueId();
    }

    public String getDistrictCode() {
        return place.getDistrictCode();
    }

    public ChecklistItem getItem() {
        return item;
    }

    public String getRequirement() {
        return requirement;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getResponse() {
        return response;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
