package org.sitepass.residents.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which health records the retention purge removes: those dated before the cut-off, except each person's latest in
 * force (dated no later than now). The current colour and the latest tests therefore stay however old they are, since
 * the verdict and the person's code still rest on them; of several dated at the same latest time, all stay. A record
 * an open appeal contests stays too, until the appeal is decided.
 */
final class RetentionSelection {

    /** A stored record as the purge sees it: its id, whose it is, and the time it counts from. */
    record Dated(long id, long residentId, Instant time) {
    }

    private RetentionSelection() {
    }

    /**
     * @param rows      every record of one kind of the people concerned, not only the old ones: the latest decides
     * @param contested the ids of those records that an open appeal names
     * @return the ids to delete
     */
    static List<Long> purgeable(List<Dated> rows, Set<Long> contested, Instant cutoff, Instant now) {
        Map<Long, Instant> latestInForce = new HashMap<>();
        for (Dated row : rows) {
            if (!row.time().isAfter(now)) {
                latestInForce.merge(row.residentId(), row.time(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return rows.stream()
                .filter(row -> row.time().isBefore(cutoff)
                        && row.time().isBefore(latestInForce.getOrDefault(row.residentId(), Instant.MIN))
                        && !contested.contains(row.id()))
                .map(Dated::id)
                .toList();
    }
}
