package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Languages;

/** The verdict as a table: each row a person, a rule, a temperature and a time, and the reasons expected. */
class VerdictsTest {

    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    static final BigDecimal NORMAL = new BigDecimal("36.5");

    /** Shanghai's default: below 37.3 °C, green, a negative test within 72 h, antigen not counted, no dose. */
    static final EffectiveRule CITY = rule("37.3", Set.of(Colour.GREEN), 72, false, 0);
    static final EffectiveRule STRICT = rule("37.3", Set.of(Colour.GREEN), 48, false, 0);
    static final EffectiveRule ANTIGEN = rule("37.3", Set.of(Colour.GREEN), 48, true, 0);
    static final EffectiveRule NO_TEST = rule("37.3", Set.of(Colour.GREEN), null, false, 0);
    static final EffectiveRule YELLOW_TOO = rule("37.3", Set.of(Colour.GREEN, Colour.YELLOW), 48, false, 0);
    static final EffectiveRule TWO_DOSES = rule("37.3", Set.of(Colour.GREEN), 48, false, 2);

    static EffectiveRule rule(String max, Set<Colour> colours, Integer hours, boolean antigen, int doses) {
        return new EffectiveRule(new BigDecimal(max), colours, hours, antigen, doses, true, false);
    }

    static HealthFacts person(Colour colour, Duration natAge, TestResult nat, int doses) {
        return new HealthFacts(colour, null, natAge == null ? null : NOW.minus(natAge), nat, null, null, doses, null,
                false);
    }

    static HealthFacts green(Duration natAge) {
        return person(Colour.GREEN, natAge, TestResult.NEGATIVE, 3);
    }

    static HealthFacts withAntigen(HealthFacts facts, Duration age, TestResult result) {
        return new HealthFacts(facts.feedColour(), facts.holdColour(), facts.natSampledAt(), facts.natResult(),
                NOW.minus(age), result, facts.vaccinationDoses(), null, false);
    }

    static Stream<Arguments> table() {
        Duration h48 = Duration.ofHours(48);
        return Stream.of(
                row("negative test exactly 48 h ago", green(h48), STRICT, NORMAL),
                row("48 h and one second ago", green(h48.plusSeconds(1)), STRICT, NORMAL, PassReason.TEST_TOO_OLD),
                row("the same test under the 72 h rule", green(h48.plusSeconds(1)), CITY, NORMAL),
                row("37.2 °C passes", green(Duration.ofHours(5)), CITY, new BigDecimal("37.2")),
                row("37.3 °C is a fever", green(Duration.ofHours(5)), CITY, new BigDecimal("37.3"), PassReason.FEVER),
                row("37.4 °C is a fever", green(Duration.ofHours(5)), CITY, new BigDecimal("37.4"), PassReason.FEVER),
                row("37.25 °C passes, nothing is rounded", green(Duration.ofHours(5)), CITY, new BigDecimal("37.25")),
                row("no thermometer at the door", green(Duration.ofHours(5)), CITY, null),
                row("yellow with a fresh test", person(Colour.YELLOW, Duration.ofHours(3), TestResult.NEGATIVE, 3),
                        CITY, NORMAL, PassReason.CODE_YELLOW),
                row("yellow where yellow is let in", person(Colour.YELLOW, Duration.ofHours(3), TestResult.NEGATIVE,
                        3), YELLOW_TOO, NORMAL),
                row("red, stale test and fever: all, most severe first", person(Colour.RED, Duration.ofDays(5),
                        TestResult.NEGATIVE, 3), STRICT, new BigDecimal("38.0"),
                        PassReason.CODE_RED, PassReason.FEVER, PassReason.TEST_TOO_OLD),
                row("a green hold is no hold; a red hold makes red", new HealthFacts(Colour.GREEN, Colour.RED,
                        NOW.minus(Duration.ofHours(3)), TestResult.NEGATIVE, null, null, 3, null, false), CITY, NORMAL,
                        PassReason.CODE_RED),
                row("positive test, code still green", person(Colour.GREEN, Duration.ofHours(10), TestResult.POSITIVE,
                        3), CITY, NORMAL, PassReason.TEST_POSITIVE),
                row("positive test where no test is required", person(Colour.GREEN, Duration.ofDays(3),
                        TestResult.POSITIVE, 3), NO_TEST, NORMAL, PassReason.TEST_POSITIVE),
                row("a positive test over 14 days old is the colour's business", person(Colour.GREEN,
                        Duration.ofDays(15), TestResult.POSITIVE, 3), NO_TEST, NORMAL),
                row("pending test within the window", person(Colour.GREEN, Duration.ofHours(6), TestResult.PENDING,
                        3), CITY, NORMAL, PassReason.TEST_PENDING),
                row("pending test sampled too long ago", person(Colour.GREEN, Duration.ofHours(80),
                        TestResult.PENDING, 3), CITY, NORMAL, PassReason.TEST_TOO_OLD),
                row("never tested", person(Colour.GREEN, null, null, 3), CITY, NORMAL, PassReason.TEST_MISSING),
                row("never tested where no test is required", person(Colour.GREEN, null, null, 3), NO_TEST, NORMAL),
                row("fresh antigen, old NAT, antigen counts", withAntigen(green(Duration.ofDays(5)),
                        Duration.ofHours(2), TestResult.NEGATIVE), ANTIGEN, NORMAL),
                row("fresh antigen, old NAT, antigen does not count", withAntigen(green(Duration.ofDays(5)),
                        Duration.ofHours(2), TestResult.NEGATIVE), STRICT, NORMAL, PassReason.TEST_TOO_OLD),
                row("antigen only, where it counts", withAntigen(person(Colour.GREEN, null, null, 3),
                        Duration.ofHours(2), TestResult.NEGATIVE), ANTIGEN, NORMAL),
                row("antigen only, where it does not count", withAntigen(person(Colour.GREEN, null, null, 3),
                        Duration.ofHours(2), TestResult.NEGATIVE), STRICT, NORMAL, PassReason.TEST_MISSING),
                row("positive antigen where antigen counts", withAntigen(green(Duration.ofHours(20)),
                        Duration.ofHours(2), TestResult.POSITIVE), ANTIGEN, NORMAL, PassReason.TEST_POSITIVE),
                row("positive antigen where it does not count", withAntigen(green(Duration.ofHours(20)),
                        Duration.ofHours(2), TestResult.POSITIVE), STRICT, NORMAL),
                row("one dose of two", person(Colour.GREEN, Duration.ofHours(3), TestResult.NEGATIVE, 1), TWO_DOSES,
                        NORMAL, PassReason.VACCINATION_MISSING),
                row("two doses of two", person(Colour.GREEN, Duration.ofHours(3), TestResult.NEGATIVE, 2), TWO_DOSES,
                        NORMAL));
    }

    static Arguments row(String what, HealthFacts facts, EffectiveRule rule, BigDecimal temperature,
                         PassReason... reasons) {
        return Arguments.of(what, facts, rule, temperature, List.of(reasons));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String what, HealthFacts facts, EffectiveRule rule, BigDecimal temperature,
                 List<PassReason> reasons) {
        PassVerdict verdict = Verdicts.decide(facts, rule, temperature, NOW);
        assertEquals(reasons, verdict.reasons(), what);
        assertEquals(reasons.isEmpty() ? PassOutcome.PASS : PassOutcome.STOP, verdict.outcome(), what);
    }

    @Test
    void aRelativeCodeStopsWhereTheRuleAdmitsNoneWithWhateverElseFails() {
        EffectiveRule noRelatives = new EffectiveRule(new BigDecimal("37.3"), Set.of(Colour.GREEN), 72, false, 0,
                false, false);
        HealthFacts fresh = green(Duration.ofHours(1));
        assertSame(PassVerdict.PASS, Verdicts.decide(fresh, CITY, CredentialType.RELATIVE_CODE, NORMAL, NOW));
        assertSame(PassVerdict.PASS, Verdicts.decide(fresh, noRelatives, CredentialType.ID_CARD, NORMAL, NOW));
        assertEquals(List.of(PassReason.RELATIVE_CODE_REFUSED),
                Verdicts.decide(fresh, noRelatives, CredentialType.RELATIVE_CODE, NORMAL, NOW).reasons());
        assertEquals(List.of(PassReason.RELATIVE_CODE_REFUSED, PassReason.FEVER),
                Verdicts.decide(fresh, noRelatives, CredentialType.RELATIVE_CODE, new BigDecimal("38.0"), NOW)
                        .reasons());
    }

    @Test
    void aPassIsTheSharedInstance() {
        assertSame(PassVerdict.PASS, Verdicts.decide(green(Duration.ofHours(1)), CITY, NORMAL, NOW));
    }

    @Test
    void theSameInputGiveTheSameVerdict() {
        HealthFacts facts = person(Colour.YELLOW, Duration.ofDays(4), TestResult.NEGATIVE, 0);
        assertEquals(Verdicts.decide(facts, TWO_DOSES, new BigDecimal("39.1"), NOW),
                Verdicts.decide(facts, TWO_DOSES, new BigDecimal("39.1"), NOW));
    }

    @Test
    void aCredentialStopHasItsOneReason() {
        assertEquals(List.of(PassReason.PAPER_CODE_AT_SENTRY),
                PassVerdict.stop(PassReason.PAPER_CODE_AT_SENTRY).reasons());
        assertEquals(List.of(PassReason.CODE_RED, PassReason.VACCINATION_MISSING),
                PassVerdict.stop(Set.of(PassReason.VACCINATION_MISSING, PassReason.CODE_RED)).reasons());
    }

    @Test
    void everyReasonHasATextAndAVoicePromptInBothLanguages() {
        for (PassReason reason : PassReason.values()) {
            for (Locale language : Languages.SUPPORTED) {
                assertNotEquals(reason.textKey(), reason.text(language), reason + " " + language);
                assertNotEquals(reason.voiceKey(), reason.voice(language), reason + " " + language);
            }
        }
        assertEquals("请刷身份证", PassReason.PAPER_CODE_AT_SENTRY.voice(Languages.CHINESE));
    }

    /**
     * Not a test of speed (no figure is asserted): the loop a micro-benchmark would time, kept here so that it
     * compiles and runs with the rest.
     */
    @Test
    void decidesForManyPeopleWithoutState() {
        HealthFacts[] people = {green(Duration.ofHours(3)), person(Colour.RED, null, null, 0),
                person(Colour.YELLOW, Duration.ofHours(50), TestResult.NEGATIVE, 2)};
        int stops = 0;
        for (int i = 0; i < 30_000; i++) {
            stops += Verdicts.decide(people[i % 3], STRICT, NORMAL, NOW).passes() ? 0 : 1;
        }
        assertEquals(20_000, stops);
    }
}
