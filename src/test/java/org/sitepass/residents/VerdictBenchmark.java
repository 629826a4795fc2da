package org.sitepass.residents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;

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
        for (int round = 1; round <= ROUNDS; round++) {
            long stops = 0;
            long start = System.nanoTime();
            for (int i = 0; i < PEOPLE; i++) {
                stops += Verdicts.decide(people[i], rule, temperatures[i], now).passes() ? 0 : 1;
            }
            long nanos = System.nanoTime() - start;
            System.out.printf("round %d: %.1f ns per verdict, %d of %d stopped%n", round, (double) nanos / PEOPLE,
                    stops, PEOPLE);
        }
    }
}
