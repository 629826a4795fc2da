package org.sitepass.tracing.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.ContactStatus;

/**
 * How many contacts one case or one district has, by status and by assessment.
 *
 * @param group the case's reference, or the district's code ({@code null}: the registry knows none)
 * @param byStatus by the status's name, in the order of the handling; a status no contact has is left out
 * @param byAssessment likewise by the assessment's name
 */
public record ContactCount(String group, long total, Map<String, Long> byStatus, Map<String, Long> byAssessment) {

    /** Adds up rows of (group, status, assessment, count) in the order they come, one count per group. */
    static List<ContactCount> tally(Iterable<Object[]> rows) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Tally tally = groups.computeIfAbsent(row[0] == null ? null : row[0].toString(), g -> new Tally());
            long count = ((Number) row[3]).longValue();
            tally.total += count;
            tally.byStatus.merge((ContactStatus) row[1], count, Long::sum);
            if (row[2] != null) {
                tally.byAssessment.merge((Assessment) row[2], count, Long::sum);
            }
        }
        List<ContactCount> counts = new ArrayList<>();
        groups.forEach((group, tally) -> counts.add(
                new ContactCount(group, tally.total, named(tally.byStatus), named(tally.byAssessment))));
        return counts;
    }

    /** Keyed by name, as JSON and the pages' expressions look a count up. */
    private static Map<String, Long> named(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.put(key.name(), count));
        return named;
    }

    private static final class Tally {
        private long total;
        private final Map<ContactStatus, Long> byStatus = new EnumMap<>(ContactStatus.class);
        private final Map<Assessment, Long> byAssessment = new EnumMap<>(Assessment.class);
    }
}
