package org.sitepass.inspections.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.VenueInDistrict;

/**
 * An on-site inspection of one venue as submitted: every checklist item judged, the result following from them. It has
 * no setters: an inspection is evidence, and a correction is a new inspection.
 */
@Entity
@Table(name = "inspections_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private VenueInDistrict place;
    @Column(name = "planned_visit_id")
    private Long plannedVisitId;
    private String inspector;
    @Column(name = "poster_code")
    private String posterCode;
    @Column(name = "poster_matches")
    private boolean posterMatches;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Enumerated(EnumType.STRING)
    private InspectionResult result;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspections_finding", joinColumns = @JoinColumn(name = "inspection_id"))
    private List<Finding> findings = new ArrayList<>();

    protected Inspection() {
    }

    /** @throws InvalidInput on {@code findings} when an item of the checklist is missing */
    public Inspection(long venueId, String districtCode, Long plannedVisitId, String inspector, String posterCode,
                 boolean posterMatches, BigDecimal latitude, BigDecimal longitude, List<Finding> findings,
                 Instant now) {
        Set<ChecklistItem> judged = EnumSet.noneOf(ChecklistItem.class);
        findings.forEach(f -> judged.add(f.getItem()));
        if (!judged.containsAll(EnumSet.allOf(ChecklistItem.class)) || findings.size() != judged.size()) {
            throw InvalidInput.of("findings", InspectionsTexts.text("inspections.checklist"));
        }
        this.place = new VenueInDistrict(venueId, districtCode);
        this.plannedVisitId = plannedVisitId;
        this.inspector = inspector;
        this.posterCode = posterCode;
        this.posterMatches = posterMatches;
        this.latitude = latitude;
        this.longitude = longitude;
        this.findings = List.copyOf(findings);
        this.result = findings.stream().anyMatch(f -> f.getVerdict() == Verdict.FAIL) ? InspectionResult.FAIL
                : InspectionResult.PASS;
        this.submittedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVenueId() {
        return place.getVenueId();
    }

    public String getDistrictCode() {
        return place.getDistrictCode();
    }

    public String getInspector() {
        return inspector;
    }

    public String getPosterCode() {
        return posterCode;
    }

    public boolean isPosterMatches() {
        return posterMatches;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public InspectionResult getResult() {
        return result;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Finding> getFindings() {
        return List.copyOf(findings);
    }
}
