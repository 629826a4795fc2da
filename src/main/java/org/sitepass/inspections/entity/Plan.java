package org.sitepass.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.InvalidInput;

/** A district's inspection plan for a period; the venues chosen for it are its planned visits. */
@Entity
@Table(name = "inspections_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "district_code")
    private String districtCode;
    private String name;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Plan() {
    }

    /** A plan looks ahead: it ends no earlier than it starts, and lasts at most a quarter. */
    public Plan(String districtCode, String name, LocalDate from, LocalDate to, String createdBy, Instant now) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(92))) {
            throw InvalidInput.of("periodTo", InspectionsTexts.text("plans.period"));
        }
        this.districtCode = districtCode;
        this.name = name;
        this.periodFrom = from;
        this.periodTo = to;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
