package org.sitepass.devices.entity;

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
import org.sitepass.devices.DevicesTexts;
import org.sitepass.platform.RequestRefused;

/**
 * A device at a venue's entrance: the vendor proposes, the venue's manager decides, the dates are kept. While the
 * venue's code is suspended the deployment is too; a revoked code ends it.
 */
@Entity
@Table(name = "devices_deployment")
public class Deployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "device_id")
    private long deviceId;
    @Column(name = "venue_id")
    private long venueId;
    @Column(name = "district_code")
    private String districtCode;
    private String entrance;
    @Enumerated(EnumType.STRING)
    private DeploymentStatus status;
    private String reason;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_cause")
    private EndCause endCause;
    @Version
    private long version;

    protected Deployment() {
    }

    public Deployment(long deviceId, long venueId, String districtCode, String entrance, Instant now) {
        this.deviceId = deviceId;
        this.venueId = venueId;
        this.districtCode = districtCode;
        this.entrance = entrance;
        this.status = DeploymentStatus.PROPOSED;
        this.proposedAt = now;
    }

    /** Whether the venue still has to accept or decline it; the page offers those two while this holds. */
    public boolean awaitsVenue() {
        return status == DeploymentStatus.PROPOSED;
    }

    public void accept(Instant now) {
        refuseUnless(awaitsVenue());
        status = DeploymentStatus.ACTIVE;
        decidedAt = now;
    }

    public void decline(String why, Instant now) {
        refuseUnless(awaitsVenue());
        status = DeploymentStatus.DECLINED;
        reason = why;
        decidedAt = now;
    }

    /** A proposal is withdrawn, a device at the door (or suspended there) is ended: moved, removed or revoked. */
    public void withdraw(EndCause cause, Instant now) {
        refuseUnless(status.isOpen());
        status = status == DeploymentStatus.PROPOSED ? DeploymentStatus.WITHDRAWN : DeploymentStatus.ENDED;
        endCause = cause;
        endedAt = now;
    }

    /** The venue's code is suspended: the device stays at the door but is not heard. */
    public void suspend() {
        refuseUnless(status == DeploymentStatus.ACTIVE);
        status = DeploymentStatus.SUSPENDED;
    }

    public void reinstate() {
        refuseUnless(status == DeploymentStatus.SUSPENDED);
        status = DeploymentStatus.ACTIVE;
    }

    /** A device at a venue whose code is suspended is refused as the device itself would be when stopped. */
    public void refuseIfSuspended() {
        if (status == DeploymentStatus.SUSPENDED) {
            throw DevicesTexts.outOfService("devices.refused.codeSuspended");
        }
    }

    /** Deployed and accepted, its code not suspended: the device may check people at this venue. */
    public boolean standsAtDoor() {
        return status == DeploymentStatus.ACTIVE;
    }

    private void refuseUnless(boolean allowed) {
        RequestRefused.unless(allowed, () -> DevicesTexts.conflict("deployments.refused." + status.name()));
    }

    public Long getId() {
        return id;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public long getVenueId() {
        return venueId;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getEntrance() {
        return entrance;
    }

    public DeploymentStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndCause getEndCause() {
        return endCause;
    }
}
