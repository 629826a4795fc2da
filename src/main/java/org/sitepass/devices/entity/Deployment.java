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
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/** A device at a venue's entrance: the vendor proposes, the venue's manager decides, the dates are kept. */
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

    /** The vendor takes it back: a proposal is withdrawn, a device at the door is ended (moved or removed). */
    public void withdraw(Instant now) {
        refuseUnless(status.isOpen());
        status = status == DeploymentStatus.PROPOSED ? DeploymentStatus.WITHDRAWN : DeploymentStatus.ENDED;
        endedAt = now;
    }

    private void refuseUnless(boolean allowed) {
        if (!allowed) {
            throw new RequestRefused(RequestRefused.CONFLICT, Device.REFUSAL_TYPE,
                    new ModuleText(Device.BUNDLE, "deployments.refused." + status.name()));
        }
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
}
