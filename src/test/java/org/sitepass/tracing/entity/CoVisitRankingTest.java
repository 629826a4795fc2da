package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Co-visitors ranked by overlap with the case's stay: the closer in time, the higher; one entry each. */
class CoVisitRankingTest {

    private static final Instant VISIT = Instant.parse("2026-12-01T02:00:00Z");
    private static final CoVisitWindow WINDOW = CoVisitWindow.around(VISIT, Duration.ofMinutes(30),
            Duration.ofMinutes(30), null, Duration.ofHours(8));
    private static final String CASE = "CaseCaseCaseCaseCase01";

    private static CoVisitRanking.Pass pass(String person, int minutesFromVisit) {
        return new CoVisitRanking.Pass(person, VISIT.plus(Duration.ofMinutes(minutesFromVisit)));
    }

    @Test
    void theCloserInTimeTheHigherAndTheCaseItselfIsNoCoVisitor() {
        List<CoVisitRanking.Ranked> ranked = CoVisitRanking.rank(WINDOW, CASE, List.of(
                pass("far", 25), pass(CASE, 0), pass("near", -2), pass("middle", 12)));
        assertEquals(List.of("near", "middle", "far"), ranked.stream().map(CoVisitRanking.Ranked::person).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(CoVisitRanking.Ranked::rank).toList());
        assertEquals(List.of(28L, 18L, 5L), ranked.stream().map(CoVisitRanking.Ranked::overlapMinutes).toList());
    }

    @Test
    void someoneWhoPassedTwiceCountsOnceByTheirMostExposedPass() {
        List<CoVisitRanking.Ranked> ranked = CoVisitRanking.rank(WINDOW, CASE, List.of(
                pass("twice", 20), pass("once", 10), pass("twice", -1)));
        assertEquals(List.of("twice", "once"), ranked.stream().map(CoVisitRanking.Ranked::person).toList());
        assertEquals(VISIT.minus(Duration.ofMinutes(1)), ranked.get(0).passedAt());
    }

    @Test
    void equalOverlapsKeepAFixedOrderAndPassesOutsideOrOfNobodyAreLeftOut() {
        List<CoVisitRanking.Ranked> ranked = CoVisitRanking.rank(WINDOW, CASE, List.of(
                pass("bbb", 10), pass("aaa", -10), pass("ccc", 10), pass("outside", 31), pass(null, 0)));
        assertEquals(List.of("aaa", "bbb", "ccc"), ranked.stream().map(CoVisitRanking.Ranked::person).toList());
    }
}
