package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sitepass.residents.Colour;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.ResidentRef;

/**
 * The record of one check at a door, kept for the retention period and never changed. Written by
 * {@code PassLedger} in batches over JDBC; mapped here for the queries that read it (a resident's visits, a venue's
 * counts, a case's trace).
 */
@Entity
@Table(name = "tracing_pass_record")
@IdClass(PassRecordId.class)
public class PassRecord {

    @Id
    private LocalDate day;
    @Id
    private long id;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "device_time")
    private Instant deviceTime;
    @Column(name = "clock_drift_ms")
    private Long clockDriftMs;
    @Column(name = "venue_id")
    private long venueId;
    private String entrance;
    @Enumerated(EnumType.STRING)
    private PassSource source;
    @Column(name = "device_id")
    private Long deviceId;
    private Long sequence;
    private String staff;
    @Column(name = "resident_ref")
    private String residentRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "credential_type")
    private CredentialType credentialType;
    private BigDecimal temperature;
    @Enumerated(EnumType.STRING)
    private PassOutcome outcome;
    private String reasons;
    @Enumerated(EnumType.STRING)
    private Colour colour;
    @Column(name = "decided_offline")
    private boolean decidedOffline;

    protected PassRecord() {
    }

    public LocalDate getDay() {
        return day;
    }

    public long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getDeviceTime() {
        return deviceTime;
    }

    public Long getClockDriftMs() {
        return clockDriftMs;
    }

    /** When the person was at the door as best known: the device's clock corrected by its measured drift. */
    public Instant getPassedAt() {
        return passedAt(recordedAt, deviceTime, clockDriftMs);
    }

    /** The same for columns read without the entity, by the queries that read many records at once. */
    public static Instant passedAt(Instant recordedAt, Instant deviceTime, Long clockDriftMs) {
        return deviceTime == null ? recordedAt
                : clockDriftMs == null ? deviceTime : deviceTime.minusMillis(clockDriftMs);
    }

    public long getVenueId() {
        return venueId;
    }

    public String getEntrance() {
        return entrance;
    }

    public PassSource getSource() {
        return source;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public Long getSequence() {
        return sequence;
    }

    public String getStaff() {
        return staff;
    }

    public ResidentRef getResident() {
        return residentRef == null ? null : new ResidentRef(residentRef);
    }

    public CredentialType getCredentialType() {
        return credentialType;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public PassOutcome getOutcome() {
        return outcome;
    }

    /** The reasons of a stop, most severe first, as stored: their codes, comma-separated. */
    public List<PassReason> getReasons() {
        return reasons == null || reasons.isEmpty() ? List.of()
                : Arrays.stream(reasons.split(",")).map(PassReason::valueOf).toList();
    }

    public Colour getColour() {
        return colour;
    }

    public boolean isDecidedOffline() {
        return decidedOffline;
    }
}
