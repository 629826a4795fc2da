package org.sitepass.tracing.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitepass.residents.Colour;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.ResidentDisplay;
import org.sitepass.residents.TestResult;
import org.sitepass.tracing.control.DoorCheckResult;

/**
 * A door check's answer as door staff read it: PASS or STOP with the reasons in words, most severe first, and what
 * may be shown of the person (masked name, colour, latest test, doses), none of it identifying.
 */
public record DoorCheckAnswer(long venueId, Instant checkedAt, PassOutcome outcome, List<Reason> reasons,
                              CredentialType credential, String maskedName, Colour colour, Instant natSampledAt,
                              TestResult natResult, Integer vaccinationDoses) {

    /** A reason to stop, by code and in the reader's language. */
    public record Reason(PassReason code, String text) {
    }

    static DoorCheckAnswer of(DoorCheckResult result, Locale locale) {
        List<Reason> reasons = result.verdict().reasons().stream()
                .map(reason -> new Reason(reason, reason.text(locale))).toList();
        ResidentDisplay person = result.person();
        return person == null
                ? new DoorCheckAnswer(result.venueId(), result.checkedAt(), result.verdict().outcome(), reasons,
                        result.credential(), null, null, null, null, null)
                : new DoorCheckAnswer(result.venueId(), result.checkedAt(), result.verdict().outcome(), reasons,
                        result.credential(), person.maskedName(), person.colour(), person.natSampledAt(),
                        person.natResult(), person.vaccinationDoses());
    }

    public boolean passes() {
        return outcome == PassOutcome.PASS;
    }
}
