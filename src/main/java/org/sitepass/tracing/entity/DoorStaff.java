package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account a venue's manager named door staff of that venue: it may check people without a phone on the venue's
 * door-check page. Made only through {@link DoorStaffRoster}, which holds the rules of naming.
 */
@Entity
@Table(name = "tracing_door_staff")
public class DoorStaff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "venue_id")
    private long venueId;
    private String account;
    @Column(name = "named_by")
    private String namedBy;
    @Column(name = "named_at")
    private Instant namedAt;

    protected DoorStaff() {
    }

    DoorStaff(long venueId, String account, String namedBy, Instant namedAt) {
        this.venueId = venueId;
        this.account = account;
        this.namedBy = namedBy;
        this.namedAt = namedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVenueId() {
        return venueId;
    }

    public String getAccount() {
        return account;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }
}
