package org.sitepass.tracing.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitepass.platform.CityTime;

/**
 * The time around one visit of a case in which anyone recorded at the same venue shared it: from {@code before} ahead
 * of the case's pass (someone who came that much earlier may still have been there) to {@code after} past the end of
 * its stay. The stay ends at the pass itself unless the case's next pass elsewhere is known and comes within the
 * longest stay believed: a long stay widens the window, a pass elsewhere days later does not.
 *
 * <p>Times are when the people were at the door ({@code PassRecord#getPassedAt}); records are found by the time the
 * server recorded them, which comes after that time (up to the late-upload allowance for a sentry that decided offline)
 * and before it only by the error of a measured clock drift, hence the two margins of {@link #recordedFrom} and
 * {@link #recordedTo}.
 */
public record CoVisitWindow(Instant visitAt, Instant from, Instant to) {

    /** How far a drift-corrected device time may lie after the server's record of it. */
    public static final Duration DRIFT_MARGIN = Duration.ofMinutes(5);

    public CoVisitWindow {
        Objects.requireNonNull(visitAt, "visitAt");
        if (from.isAfter(visitAt) || to.isBefore(visitAt)) {
            throw new IllegalArgumentException("a window holds its visit");
        }
    }

    /**
     * @param leftBy      the case's next pass at another venue, or none
     * @param longestStay the longest a pass elsewhere may come after this one and still mark the end of this stay
     */
    public static CoVisitWindow around(Instant visitAt, Duration before, Duration after, Instant leftBy,
                                       Duration longestStay) {
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("a window reaches back and forth, not inwards");
        }
        boolean stayKnown = leftBy != null && leftBy.isAfter(visitAt) && !leftBy.isAfter(visitAt.plus(longestStay));
        Instant stayEnd = stayKnown ? leftBy : visitAt;
        return new CoVisitWindow(visitAt, visitAt.minus(before), stayEnd.plus(after));
    }

    public boolean holds(Instant passedAt) {
        return !passedAt.isBefore(from) && !passedAt.isAfter(to);
    }

    /** How much of the case's time at the venue someone who arrived at {@code passedAt} shared, as ranked by. */
    public Duration overlap(Instant passedAt) {
        Instant theirsEnds = passedAt.plus(Duration.between(from, visitAt));
        Instant start = passedAt.isAfter(visitAt) ? passedAt : visitAt;
        Instant end = theirsEnds.isBefore(to) ? theirsEnds : to;
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    /** The earliest server time a record of someone in the window can bear. */
    public Instant recordedFrom() {
        return from.minus(DRIFT_MARGIN);
    }

    /** The latest server time a record of someone in the window can bear, an offline sentry's upload included. */
    public Instant recordedTo(Duration lateUpload) {
        return to.plus(lateUpload);
    }

    /** The city's days the window touches: across midnight, both. */
    public List<LocalDate> days() {
        return day(from).datesUntil(day(to).plusDays(1)).toList();
    }

    /**
     * The days whose records the query reads, by the server's receive time, so that MariaDB reads only their
     * partitions.
     */
    public List<LocalDate> recordedDays(Duration lateUpload) {
        return day(recordedFrom()).datesUntil(day(recordedTo(lateUpload)).plusDays(1)).toList();
    }

    /**
     * The days of the window whose records are gone, so that an empty answer is not read as nobody there: a day the
     * purge noted, or one past the retention period of which nothing was found.
     *
     * @param purged          the days of the purge history among {@link #days()}
     * @param firstKept       the first day the retention keeps today
     * @param daysWithRecords the days the lookup found records of
     */
    public List<LocalDate> goneDays(Set<LocalDate> purged, LocalDate firstKept, Set<LocalDate> daysWithRecords) {
        return PurgedDay.goneAmong(days(), purged, firstKept, daysWithRecords);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(CityTime.ZONE).toLocalDate();
    }
}
