package org.sitepass.residents.control;

import java.time.Instant;
import java.util.List;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;

/**
 * What a phone shows around a health or relative code: the signed payload and its window, and, for the person's
 * (or the holder's) eyes only, the colour, the masked name, the latest nucleic-acid test, the doses and, for a
 * yellow or red code, the readable reason.
 *
 * @param natSampledAt the latest nucleic-acid test's sample time, or none
 * @param natResult its result, or none
 * @param reason why the code is yellow or red, opened from the colour change or hold that makes it so; null if green
 * @param notices the notices standing on the person's page (an exposure, an assessment as a contact), latest first
 */
public record CodeCard(DynamicCodes.Kind kind, String payload, Instant madeAt, Instant expiresAt, Colour colour,
                       String maskedName, Instant natSampledAt, TestResult natResult, int vaccinationDoses,
                       String reason, List<NoticeEntry> notices) {

    public CodeCard {
        notices = List.copyOf(notices);
    }
}
