package org.sitepass.residents;

import java.time.Instant;

/**
 * What a door's screen shows of the person in front of it: nothing that identifies them to a bystander.
 *
 * @param maskedName the name as {@code 张*三}
 * @param colour the colour that counts (the feed's or a hold's, whichever is stricter)
 * @param natSampledAt the latest nucleic-acid test's sample time, or none
 * @param natResult its result, or none
 * @param vaccinationDoses doses received
 */
public record ResidentDisplay(String maskedName, Colour colour, Instant natSampledAt, TestResult natResult,
                              int vaccinationDoses) {
}
