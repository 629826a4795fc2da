package org.sitepass.residents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sitepass.residents.entity.PassRules;
import org.sitepass.residents.entity.RuleScope;
import org.sitepass.residents.entity.RuleVersion;

/**
 * Times {@link Verdicts#decide} over a million made-up people of every kind and prints the figure; never an
 * assertion. Run after {@code mvn -o test-compile}:
 * {@code java -cp target/classes:target/test-classes org.sitepass.residents.VerdictBenchmark}.
 */
public final class VerdictBenchmark {

    private static final int PEOPLE = 1_000_000;
    private static final int ROUNDS = 10;

    private VerdictBenchmark() {
    }

    public static void main(String[] arguments) {
        Instant now = Instant.parse("2026-12-04T02:00:00Z");
        EffectiveRule rule = new EffectiveRule(new BigDecimal("37.3"), Set.of(Colour.GREEN), 48, true, 1, true,
                false);
        Random random = new Random(12);
        HealthFacts[] people = new HealthFacts[PEOPLE];
        BigDecimal[] temperatures = new BigDecimal[PEOPLE];
        Colour[] colours = Colour.values();
        TestResult[] results = TestResult.values();
        for (int i = 0; i < PEOPLE; i++) {
            Colour colour = random.nextInt(20) == 0 ? colours[random.nextInt(colours.length)] : Colour.GREEN;
            people[i] = new HealthFacts(colour, null, now.minus(Duration.ofMinutes(random.nextInt(6000))),
                    random.nextInt(50) == 0 ? results[random.nextInt(results.length)] : TestResult.NEGATIVE,
                    random.nextBoolean() ? now.minus(Duration.ofHours(random.nextInt(100))) : null,
                    TestResult.NEGATIVE, random.nextInt(4), null, false);
            temperatures[i] = BigDecimal.valueOf(355 + random.nextInt(25), 1);
        }
        PassRules rules = new PassRules(List.of(
                version(1, "310000", null, now.minus(Duration.ofDays(400)), rule),
                version(2, "310109", null, now.minus(Duration.ofDays(3)), rule),
                version(3, "310109", "MEDICAL", now.minus(Duration.ofDays(1)), rule)));
        VenueContext hospital = new VenueContext("310109", "MEDICAL");
        for (int round = 1; round <= ROUNDS; round++) {
            long stops = 0;
            long start = System.nanoTime();
            for (int i = 0; i < PEOPLE; i++) {
                stops += Verdicts.decide(people[i], rule, temperatures[i], now).passes() ? 0 : 1;
            }
            long decided = System.nanoTime();
            for (int i = 0; i < PEOPLE; i++) {
                Verdicts.decide(people[i], rules.at(hospital, now), temperatures[i], now);
            }
            long looked = System.nanoTime();
            System.out.printf("round %d: %.1f ns per verdict, %.1f ns with the rule looked up; %d of %d stopped%n",
                    round, (double) (decided - start) / PEOPLE, (double) (looked - decided) / PEOPLE, stops, PEOPLE);
        }
    }

    private static RuleVersion version(long id, String district, String category, Instant from, EffectiveRule rule) {
        return new RuleVersion(id, RuleScope.of(district), district, category, from, rule, "-", "-", from);
    }
}
