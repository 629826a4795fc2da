package org.sitepass.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sitepass.platform.VenueInDistrict;

/** One step in the life of a venue's application or code, kept with the district it counted for. */
@Entity
@Table(name = "sites_review_event")
public class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private VenueInDistrict place;
    @Enumerated(EnumType.STRING)
    private ReviewEventKind kind;
    private String reason;
    private String actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ReviewEvent() {
    }

    public ReviewEvent(Venue venue, ReviewEventKind kind, String reason, String actor, Instant occurredAt) {
        this.place = new VenueInDistrict(venue.getId(), venue.getDetails().getDistrictCode());
        this.kind = kind;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public ReviewEventKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
