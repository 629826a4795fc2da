package org.sitepass.tracing.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;
import org.sitepass.residents.Colour;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentRef;
import org.sitepass.tracing.entity.PassSource;

/**
 * A pass about to be recorded: what the door saw and decided. The server's receive time decides the day (the
 * partition, and so the retention), never the device's clock.
 *
 * @param recordedAt   when the server received it
 * @param deviceTime   the device's own clock at the check, if a device made it
 * @param clockDriftMs how far the device's clock ran ahead of the server's when last measured, if known
 * @param deviceId     the sentry, for {@link PassSource#SENTRY}
 * @param sequence     the sentry's sequence number of the check
 * @param staff        the door-staff account, for {@link PassSource#STAFF}
 * @param resident     whom the credential spoke for, or none when it spoke for nobody
 * @param credential   what was shown, when that could be read
 * @param temperature  in °C, where measured
 * @param colour       the person's colour at that moment, when known
 */
public record PassEntry(Instant recordedAt, Instant deviceTime, Long clockDriftMs, long venueId, String entrance,
                        PassSource source, Long deviceId, Long sequence, String staff, ResidentRef resident,
                        CredentialType credential, BigDecimal temperature, PassVerdict verdict, Colour colour,
                        boolean decidedOffline) {

    public PassEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The day of the city's calendar the record belongs to: its partition. */
    public LocalDate day() {
        return recordedAt.atZone(CityTime.ZONE).toLocalDate();
    }

    /** When the person was at the door as best known, as {@code PassRecord} reads it back. */
    public Instant passedAt() {
        return deviceTime == null ? recordedAt
                : clockDriftMs == null ? deviceTime : deviceTime.minusMillis(clockDriftMs);
    }

    /** The reasons as stored: their codes, most severe first, comma-separated; none for a pass. */
    public String reasonCodes() {
        return verdict.reasons().stream().map(PassReason::name).collect(Collectors.joining(","));
    }
}
