package org.sitepass.residents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The verdict at a door: pure and deterministic (the same facts, rule, temperature and time give the same answer),
 * with no database and nothing allocated for a person who passes, since it runs for every person at every door.
 */
public final class Verdicts {

    /**
     * How long a positive test stops a person whatever the rule (the tracing period): an older one is the
     * health-code system's business, which shows it in the colour.
     */
    static final Duration POSITIVE_TEST_STOPS = Duration.ofDays(14);

    private Verdicts() {
    }

    /**
     * Checks every condition of the rule and reports all that fail, most severe first.
     *
     * @param facts       the person's health facts at {@code now}
     * @param rule        the rule in force at the door at {@code now}
     * @param temperature the temperature measured at the door, °C; none where nobody measures
     * @param now         the time of the check
     */
    public static PassVerdict decide(HealthFacts facts, EffectiveRule rule, BigDecimal temperature, Instant now) {
        return decide(facts, rule, CredentialType.HEALTH_CODE, temperature, now);
    }

    /**
     * As {@link #decide(HealthFacts, EffectiveRule, BigDecimal, Instant)}, for a person who showed {@code shown}:
     * a relative code where the rule admits none stops them with the rest of what fails.
     */
    public static PassVerdict decide(HealthFacts facts, EffectiveRule rule, CredentialType shown,
                                     BigDecimal temperature, Instant now) {
        Set<PassReason> reasons = null;
        if (shown == CredentialType.RELATIVE_CODE && !rule.relativeCodesAccepted()) {
            reasons = add(null, PassReason.RELATIVE_CODE_REFUSED);
        }
        Colour colour = facts.colour();
        if (!rule.accepts(colour)) {
            reasons = add(reasons, colour == Colour.RED ? PassReason.CODE_RED : PassReason.CODE_YELLOW);
        }
        if (positiveTest(facts, rule, now)) {
            reasons = add(reasons, PassReason.TEST_POSITIVE);
        }
        if (temperature != null && temperature.compareTo(rule.maxTemperature()) >= 0) {
            reasons = add(reasons, PassReason.FEVER);
        }
        if (rule.natRequired()) {
            PassReason shortfall = testShortfall(facts, rule, now.minus(Duration.ofHours(rule.natWithinHours())));
            if (shortfall != null) {
                reasons = add(reasons, shortfall);
            }
        }
        if (facts.vaccinationDoses() < rule.minimumDoses()) {
            reasons = add(reasons, PassReason.VACCINATION_MISSING);
        }
        return reasons == null ? PassVerdict.PASS : PassVerdict.stop(reasons);
    }

    private static Set<PassReason> add(Set<PassReason> reasons, PassReason reason) {
        Set<PassReason> all = reasons == null ? EnumSet.noneOf(PassReason.class) : reasons;
        all.add(reason);
        return all;
    }

    /** The latest nucleic-acid test, or the latest antigen test where the rule counts them, came back positive. */
    private static boolean positiveTest(HealthFacts facts, EffectiveRule rule, Instant now) {
        Instant since = now.minus(POSITIVE_TEST_STOPS);
        return positiveSince(facts.natResult(), facts.natSampledAt(), since)
                || rule.antigenCounts() && positiveSince(facts.antigenResult(), facts.antigenTestedAt(), since);
    }

    private static boolean positiveSince(TestResult result, Instant at, Instant since) {
        return result == TestResult.POSITIVE && at != null && !at.isBefore(since);
    }

    /**
     * Why the test the rule requires is not there: only the latest test of each kind counts, and a sample taken
     * exactly at the window's start is still within it. A positive test is reported as such, not as a shortfall.
     */
    private static PassReason testShortfall(HealthFacts facts, EffectiveRule rule, Instant windowStart) {
        boolean natInWindow = facts.natSampledAt() != null && !facts.natSampledAt().isBefore(windowStart);
        boolean antigenInWindow = rule.antigenCounts() && facts.antigenTestedAt() != null
                && !facts.antigenTestedAt().isBefore(windowStart);
        if (natInWindow && facts.natResult() == TestResult.NEGATIVE
                || antigenInWindow && facts.antigenResult() == TestResult.NEGATIVE) {
            return null;
        }
        if (natInWindow) {
            return facts.natResult() == TestResult.POSITIVE ? null : PassReason.TEST_PENDING;
        }
        if (antigenInWindow && facts.antigenResult() == TestResult.POSITIVE) {
            return null;
        }
        boolean anyTest = facts.natSampledAt() != null || rule.antigenCounts() && facts.antigenTestedAt() != null;
        return anyTest ? PassReason.TEST_TOO_OLD : PassReason.TEST_MISSING;
    }
}
