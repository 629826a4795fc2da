package org.sitepass.residents.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.sitepass.residents.Colour;
import org.sitepass.residents.HealthFacts;
import org.sitepass.residents.TestResult;

/**
 * The made-up people a proposed rule is tried on before it is saved, one of each kind a door meets, their tests
 * dated relative to the time the rule is tried at. Named in the bundle under {@code residents.rules.sample.<NAME>}.
 */
public enum SamplePerson {
    GREEN_FRESH_TEST(Colour.GREEN, 20, TestResult.NEGATIVE, 0, null, 3, "36.5"),
    GREEN_TEST_60H(Colour.GREEN, 60, TestResult.NEGATIVE, 0, null, 3, "36.5"),
    GREEN_STALE_TEST(Colour.GREEN, 96, TestResult.NEGATIVE, 0, null, 3, "36.5"),
    GREEN_ANTIGEN_ONLY(Colour.GREEN, 120, TestResult.NEGATIVE, 3, TestResult.NEGATIVE, 3, "36.5"),
    GREEN_NO_TEST(Colour.GREEN, 0, null, 0, null, 2, "36.5"),
    GREEN_TEST_PENDING(Colour.GREEN, 6, TestResult.PENDING, 0, null, 3, "36.5"),
    GREEN_POSITIVE(Colour.GREEN, 24, TestResult.POSITIVE, 0, null, 3, "36.5"),
    UNVACCINATED(Colour.GREEN, 20, TestResult.NEGATIVE, 0, null, 0, "36.5"),
    FEVER(Colour.GREEN, 20, TestResult.NEGATIVE, 0, null, 3, "37.8"),
    YELLOW(Colour.YELLOW, 20, TestResult.NEGATIVE, 0, null, 3, "36.5"),
    RED(Colour.RED, 20, TestResult.NEGATIVE, 0, null, 3, "36.5");

    private final Colour colour;
    private final Duration natAge;
    private final TestResult natResult;
    private final Duration antigenAge;
    private final TestResult antigenResult;
    private final int doses;
    private final BigDecimal temperature;

    SamplePerson(Colour colour, int natHoursAgo, TestResult natResult, int antigenHoursAgo, TestResult antigenResult,
                 int doses, String temperature) {
        this.colour = colour;
        this.natAge = Duration.ofHours(natHoursAgo);
        this.natResult = natResult;
        this.antigenAge = Duration.ofHours(antigenHoursAgo);
        this.antigenResult = antigenResult;
        this.doses = doses;
        this.temperature = new BigDecimal(temperature);
    }

    /** The person's facts as a door would read them at the given time. */
    public HealthFacts factsAt(Instant at) {
        return new HealthFacts(colour, null, natResult == null ? null : at.minus(natAge), natResult,
                antigenResult == null ? null : at.minus(antigenAge), antigenResult, doses, null, false);
    }

    public BigDecimal temperature() {
        return temperature;
    }
}
