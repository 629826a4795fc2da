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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.CertificateHolder;

/**
 * One digital sentry, known by its serial number and speaking to the platform as its own Keycloak client
 * ({@code sentry-<serial>-<random>}, a new one for each attempt to make it). Only a REGISTERED device is heard: a
 * decommissioned one is heard no more, whatever token it still holds, and a device whose vendor or model certificate
 * is withdrawn is stopped until it is reinstated.
 */
@Entity
@Table(name = "devices_device")
public class Device {

    private static final String CLIENT_PREFIX = "sentry-";
    private static final SecureRandom CLIENT_SUFFIX = new SecureRandom();
    private static final int BEATS_BEFORE_OFFLINE = 3;
    /** Longer than the Keycloak calls of one registration take together, each with its own timeout. */
    private static final Duration CLAIM_HELD = Duration.ofMinutes(2);

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
    @Enumerated(EnumType.STRING)
    @Column(name = "vendor_withdrawal")
    private Withdrawal vendorWithdrawal;
    @Enumerated(EnumType.STRING)
    @Column(name = "model_withdrawal")
    private Withdrawal modelWithdrawal;
    @Column(name = "claim_token")
    private String claim;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "credentials_issued_at")
    private Instant credentialsIssuedAt;
    @Column(name = "registration_token")
    private String sealedRegistrationToken;
    @Version
    private long version;

    protected Device() {
    }

    /** Stored pending, claimed by the registration attempt that is about to make its client. */
    public Device(String serial, long vendorId, long modelId, Instant now, String claim) {
        this.serial = serial;
        this.vendorId = vendorId;
        this.modelId = modelId;
        this.clientId = newClientId(serial);
        this.status = DeviceStatus.PENDING_CLIENT;
        this.registeredAt = now;
        this.claim = claim;
        this.claimedAt = now;
    }

    /**
     * A client id Keycloak has never seen: each attempt to make a device's client uses its own, so that a client left
     * in Keycloak by a failed attempt (which SitePass may not read or change) never stands in the way of the next.
     */
    public static String newClientId(String serial) {
        byte[] suffix = new byte[4];
        CLIENT_SUFFIX.nextBytes(suffix);
        return CLIENT_PREFIX + serial.toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(suffix);
    }

    /**
     * Keycloak has made the device's client for the attempt holding the claim: the device may speak, unless a
     * certificate stopped it meanwhile. An attempt whose stale claim was taken over is refused, whatever it made.
     */
    public void clientCreated(String by, Instant credentialsIssued, String sealedToken) {
        refuseUnless(status == DeviceStatus.PENDING_CLIENT, "devices.refused.clientExists");
        refuseUnless(by.equals(claim), "devices.refused.registrationInProgress");
        status = DeviceStatus.REGISTERED;
        claim = null;
        claimedAt = null;
        credentialsIssuedAt = credentialsIssued;
        sealedRegistrationToken = sealedToken;
        settle();
    }

    /**
     * Its secret was replaced at that instant (taken before Keycloak was asked): tokens issued earlier may have been
     * got with the old secret. The client may be a new one (a device without a usable registration token gets one),
     * whose id the registry then knows instead of the old one's, so that the old client's tokens are refused. A
     * device decommissioned while Keycloak was being asked refuses it: its client must not come back.
     */
    public void credentialsRotated(Instant at, String client, String sealedToken) {
        refuseIfDecommissioned();
        credentialsIssuedAt = at;
        clientId = client;
        sealedRegistrationToken = sealedToken;
    }

    /**
     * Refuses a token issued before the device's last secret: whoever held the old secret keeps its tokens for their
     * lifetime otherwise. Keycloak writes {@code iat} in whole seconds, so the comparison is too: a token of the old
     * secret issued within the second of the rotation passes, one of the new secret is never refused. A device
     * registered before SitePass kept this instant has none, and is checked from its next rotation on.
     */
    public void refuseIfSuperseded(Instant tokenIssuedAt) {
        if (credentialsIssuedAt != null
                && tokenIssuedAt.isBefore(credentialsIssuedAt.truncatedTo(ChronoUnit.SECONDS))) {
            throw DevicesTexts.tokenSuperseded();
        }
    }

    /** A claim made before this instant is stale: its attempt is taken to have died, and another may take over. */
    public static Instant claimsStaleBefore(Instant now) {
        return now.minus(CLAIM_HELD);
    }

    /** What a heartbeat says; drift is the device's clock minus ours, positive when the device runs ahead. */
    public void heard(Instant now, String firmware, long uptime, int queue, Instant deviceClock) {
        refuseUnlessInService();
        lastSeenAt = now;
        firmwareVersion = firmware;
        uptimeSeconds = uptime;
        queueLength = queue;
        clockDriftMs = Duration.between(now, deviceClock).toMillis();
    }

    /** Refused here at once; Keycloak disables its client afterwards (see {@link #clientDisabled()}). */
    public void decommission(Instant now) {
        refuseIfDecommissioned();
        status = DeviceStatus.DECOMMISSIONING;
        decommissionedAt = now;
    }

    /** Its client is deleted (or left to an operator): SitePass has no right over it to keep. */
    public void clientDisabled() {
        refuseUnless(status == DeviceStatus.DECOMMISSIONING, "devices.refused.decommissioned");
        status = DeviceStatus.DECOMMISSIONED;
        sealedRegistrationToken = null;
    }

    /** Not decommissioned nor being decommissioned. */
    public boolean isInService() {
        return !status.isRetired();
    }

    /** Decommissioning it again is how a device whose client Keycloak has not yet disabled is finished. */
    public boolean isDecommissionable() {
        return status != DeviceStatus.DECOMMISSIONED;
    }

    /** Its client exists and is in use, so that its secret can be rotated. */
    public boolean isRotatable() {
        return status == DeviceStatus.REGISTERED || status == DeviceStatus.STOPPED;
    }

    /** Registered and speaking: it may be proposed to a venue (if it stands nowhere). */
    public boolean isDeployable() {
        return status == DeviceStatus.REGISTERED;
    }

    public void refuseIfDecommissioned() {
        refuseUnless(!status.isRetired(), "devices.refused.decommissioned");
    }

    /** A certificate no longer covers the device; a later withdrawal's reason replaces an earlier one. */
    public void withdrawn(CertificateHolder holder, Withdrawal why) {
        refuseIfDecommissioned();
        withdrawal(holder, why);
    }

    /** The certificate covers the device again; the other one may still stop it. */
    public void reinstated(CertificateHolder holder) {
        refuseUnless(withdrawal(holder) != null && !status.isRetired(), "devices.refused.notStopped");
        withdrawal(holder, null);
    }

    public Withdrawal withdrawal(CertificateHolder holder) {
        return holder == CertificateHolder.VENDOR ? vendorWithdrawal : modelWithdrawal;
    }

    /** Refused with why, so that whoever looks at the device's log knows what to fix. */
    public void refuseUnlessInService() {
        String why = switch (status) {
            case REGISTERED -> null;
            case PENDING_CLIENT -> "devices.refused.pendingClient";
            case STOPPED -> "devices.refused." + stoppedBy();
            case DECOMMISSIONING, DECOMMISSIONED -> "devices.refused.decommissioned";
        };
        if (why != null) {
            throw DevicesTexts.outOfService(why);
        }
    }

    /** Which certificate stops the device and why ({@code VENDOR_SUSPENDED}, {@code MODEL_EXPIRED}...), or null. */
    public String stoppedBy() {
        if (vendorWithdrawal != null) {
            return "VENDOR_" + vendorWithdrawal.name();
        }
        return modelWithdrawal == null ? null : "MODEL_" + modelWithdrawal.name();
    }

    /** Heard at or after this instant means online: three heartbeat intervals, the one rule queries use too. */
    public static Instant onlineCutoff(Instant now, Duration interval) {
        return now.minus(interval.multipliedBy(BEATS_BEFORE_OFFLINE));
    }

    public boolean isOnline(Instant cutoff) {
        return status == DeviceStatus.REGISTERED && lastSeenAt != null && !lastSeenAt.isBefore(cutoff);
    }

    private void withdrawal(CertificateHolder holder, Withdrawal why) {
        if (holder == CertificateHolder.VENDOR) {
            vendorWithdrawal = why;
        } else {
            modelWithdrawal = why;
        }
        settle();
    }

    private void settle() {
        if (status == DeviceStatus.REGISTERED || status == DeviceStatus.STOPPED) {
            status = vendorWithdrawal == null && modelWithdrawal == null
                    ? DeviceStatus.REGISTERED : DeviceStatus.STOPPED;
        }
    }

    private void refuseUnless(boolean allowed, String key) {
        RequestRefused.unless(allowed, () -> DevicesTexts.conflict(key));
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

    public String getSealedRegistrationToken() {
        return sealedRegistrationToken;
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
