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
import java.time.Duration;
import java.time.Instant;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/**
 * One digital sentry, known by its serial number and speaking to the platform as its own Keycloak client. A
 * decommissioned device is heard no more, whatever token it still holds.
 */
@Entity
@Table(name = "devices_device")
public class Device {

    public static final String BUNDLE = "org.sitepass.devices.messages";
    static final String REFUSAL_TYPE = "urn:sitepass:problem:device-state";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String serial;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "model_id")
    private long modelId;
    @Column(name = "client_id")
    private String clientId;
    @Enumerated(EnumType.STRING)
    private DeviceStatus status;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "decommissioned_at")
    private Instant decommissionedAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "firmware_version")
    private String firmwareVersion;
    @Column(name = "uptime_seconds")
    private Long uptimeSeconds;
    @Column(name = "queue_length")
    private Integer queueLength;
    @Column(name = "clock_drift_ms")
    private Long clockDriftMs;
    @Version
    private long version;

    protected Device() {
    }

    public Device(String serial, long vendorId, long modelId, Instant now) {
        this.serial = serial;
        this.vendorId = vendorId;
        this.modelId = modelId;
        this.status = DeviceStatus.REGISTERED;
        this.registeredAt = now;
    }

    /** The Keycloak client the device authenticates as, named once the client exists. */
    public void credentialsIn(String clientId) {
        this.clientId = clientId;
    }

    /** What a heartbeat says; drift is the device's clock minus ours, positive when the device runs ahead. */
    public void heard(Instant now, String firmware, long uptime, int queue, Instant deviceClock) {
        refuseIfDecommissioned();
        lastSeenAt = now;
        firmwareVersion = firmware;
        uptimeSeconds = uptime;
        queueLength = queue;
        clockDriftMs = Duration.between(now, deviceClock).toMillis();
    }

    public void decommission(Instant now) {
        refuseIfDecommissioned();
        status = DeviceStatus.DECOMMISSIONED;
        decommissionedAt = now;
    }

    /** Whether it may still be given credentials, deployed or decommissioned: decommissioning is final. */
    public boolean isInService() {
        return status == DeviceStatus.REGISTERED;
    }

    public void refuseIfDecommissioned() {
        if (!isInService()) {
            throw new RequestRefused(RequestRefused.CONFLICT, REFUSAL_TYPE,
                    new ModuleText(BUNDLE, "devices.refused.decommissioned"));
        }
    }

    /** Online when heard within three heartbeat intervals. */
    public boolean isOnline(Instant now, Duration interval) {
        return status == DeviceStatus.REGISTERED && lastSeenAt != null
                && !lastSeenAt.isBefore(now.minus(interval.multipliedBy(3)));
    }

    public Long getId() {
        return id;
    }

    public String getSerial() {
        return serial;
    }

    public long getVendorId() {
        return vendorId;
    }

    public long getModelId() {
        return modelId;
    }

    public String getClientId() {
        return clientId;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public Integer getQueueLength() {
        return queueLength;
    }

    public Long getClockDriftMs() {
        return clockDriftMs;
    }
}
