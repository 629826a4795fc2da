package org.sitepass.tracing.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who shared a visit's window, one entry per person, most exposed first. Nobody's stay is known, only when they passed
 * the door, so exposure is estimated by overlap: each co-visitor is taken to stay as long as the window reaches back
 * before the case's pass (someone who came that much earlier is taken to have left as it came), the case from its pass
 * to the window's end, and the time both were there is the overlap ({@link CoVisitWindow#overlap}). With the default
 * window of 30 minutes each way this is 30 minutes less the time between the two passes: the closer in time, the
 * higher. Equal overlaps are ordered by closeness to the case's pass, then by reference, so that a rank never changes
 * between two lookups of the same records. A person who passed more than once counts by their most exposed pass.
 */
public final class CoVisitRanking {

    /** One pass of someone in the window, as read from the records. */
    public record Pass(String person, Instant passedAt) {
    }

    /** A co-visitor with their closest pass, its overlap with the case's stay and their place, from 1. */
    public record Ranked(String person, Instant passedAt, Duration overlap, int rank) {

        public long overlapMinutes() {
            return overlap.toMinutes();
        }
    }

    private CoVisitRanking() {
    }

    /** Ranks everyone recorded in the window but the case's own person; passes outside the window are left out. */
    public static List<Ranked> rank(CoVisitWindow window, String casePerson, List<Pass> passes) {
        Comparator<Pass> mostExposedFirst = Comparator
                .comparing((Pass pass) -> window.overlap(pass.passedAt())).reversed()
                .thenComparing(pass -> Duration.between(pass.passedAt(), window.visitAt()).abs())
                .thenComparing(Pass::person);
        Map<String, Pass> best = new LinkedHashMap<>();
        passes.stream()
                .filter(pass -> pass.person() != null && !pass.person().equals(casePerson))
                .filter(pass -> window.holds(pass.passedAt()))
                .sorted(mostExposedFirst)
                .forEach(pass -> best.putIfAbsent(pass.person(), pass));
        List<Ranked> ranked = new ArrayList<>(best.size());
        for (Pass pass : best.values()) {
            ranked.add(new Ranked(pass.person(), pass.passedAt(), window.overlap(pass.passedAt()), ranked.size() + 1));
        }
        return ranked;
    }
}
