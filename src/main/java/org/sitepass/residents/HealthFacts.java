package org.sitepass.residents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the verdict knows of a person at a door: the feed's colour, the colour of any hold placed on the code, the
 * latest tests and the doses, and what eligibility rests on. No identity.
 *
 * @param feedColour the health-code system's colour; green when it never sent one
 * @param holdColour the strictest open hold, or none
 * @param natSampledAt the sample time of the latest nucleic-acid test, or none
 * @param natResult its result, or none
 * @param antigenTestedAt the time of the latest antigen self-test, or none
 * @param antigenResult its result, or none
 * @param vaccinationDoses the number of doses received
 * @param birthDate the birth date, or none when the registry does not know it
 * @param disabled whether the person is a registered disabled resident
 */
public record HealthFacts(Colour feedColour, Colour holdColour, Instant natSampledAt, TestResult natResult,
                          Instant antigenTestedAt, TestResult antigenResult, int vaccinationDoses,
                          LocalDate birthDate, boolean disabled) {

    /** The colour that counts: the stricter of the feed's and any hold's. */
    public Colour colour() {
        return feedColour.stricter(holdColour);
    }
}
