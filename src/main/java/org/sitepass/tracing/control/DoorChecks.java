package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Admission;
import org.sitepass.residents.Credential;
import org.sitepass.residents.CredentialCheck;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentDisplay;
import org.sitepass.residents.Residents;
import org.sitepass.residents.VenueContext;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.BodyTemperatures;
import org.sitepass.tracing.entity.PassSource;

/**
 * A check by door staff, for someone without a phone: the paper offline code, a relative's code or an ID number and
 * name, decided by the pass rules in force at the venue and recorded as a staff check before the answer is shown.
 * Door staff see the masked name and colour as a sentry's screen does; the pass record is the record of the check.
 */
@ApplicationScoped
public class DoorChecks {

    private static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal(BodyTemperatures.LOWEST);
    private static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal(BodyTemperatures.HIGHEST);

    @Inject
    DoorStaffing staffing;

    @Inject
    Residents residents;

    @Inject
    PassLedger ledger;

    /**
     * @param temperature in °C as measured at the door, or none where nobody measured
     * @return none when the caller may not check at the venue's door
     * @throws InvalidInput   on {@code temperature} outside any human range
     * @throws RequestRefused 409 when the venue's site code is not active
     */
    public Optional<DoorCheckResult> check(Caller caller, long venueId, Credential credential,
                                           BigDecimal temperature) {
        if (temperature != null && (temperature.compareTo(LOWEST_TEMPERATURE) < 0
                || temperature.compareTo(HIGHEST_TEMPERATURE) > 0)) {
            throw InvalidInput.of("temperature", TracingTexts.text("tracing.door.temperatureRange",
                    LOWEST_TEMPERATURE, HIGHEST_TEMPERATURE));
        }
        return staffing.door(caller, venueId).map(venue -> {
            RequestRefused.unless(venue.codeActive(),
                    () -> TracingTexts.conflict("venue", "tracing.door.codeInactive"));
            return decideAndRecord(caller, venue, credential, temperature, CityTime.now());
        });
    }

    private DoorCheckResult decideAndRecord(Caller caller, VenueRef venue, Credential credential,
                                            BigDecimal temperature, Instant now) {
        CredentialCheck shown = residents.resolve(credential, now);
        Admission admission = shown.person()
                .map(person -> residents.check(person, new VenueContext(venue.districtCode(), venue.categoryCode()),
                        shown.type(), temperature, now))
                .orElseGet(() -> new Admission(PassVerdict.stop(shown.refusal()), Optional.empty()));
        PassVerdict verdict = admission.verdict();
        ResidentDisplay person = admission.screen().orElse(null);
        ledger.append(new PassEntry(now, null, null, venue.id(), null, PassSource.STAFF, null, null, caller.name(),
                shown.resident(), shown.type(), temperature, verdict, person == null ? null : person.colour(), false));
        return new DoorCheckResult(venue.id(), now, shown.type(), verdict, person);
    }
}
