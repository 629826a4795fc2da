package org.sitepass.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One venue of a plan, why it was chosen, and the inspector who is to visit it. */
@Entity
@Table(name = "inspections_planned_visit")
public class PlannedVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    @Column(name = "venue_id")
    private long venueId;
    @Enumerated(EnumType.STRING)
    private Signal reason;
    private String inspector;
    @Enumerated(EnumType.STRING)
    private PlannedVisitStatus status;
    @Version
    private long version;

    protected PlannedVisit() {
    }

    public PlannedVisit(long planId, long venueId, Signal reason) {
        this.planId = planId;
        this.venueId = venueId;
        this.reason = reason;
        this.status = PlannedVisitStatus.PLANNED;
    }

    /** The visit was made; the inspection is what records it. */
    public void done() {
        this.status = PlannedVisitStatus.DONE;
    }

    public void assignTo(String inspectorName) {
        this.inspector = inspectorName;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getVenueId() {
        return venueId;
    }

    public Signal getReason() {
        return reason;
    }

    public String getInspector() {
        return inspector;
    }

    public PlannedVisitStatus getStatus() {
        return status;
    }
}
