package org.sitepass.tracing.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;

/**
 * The day partitions of the pass-record table and the statements that keep them: a partition {@code p20261204} holds
 * the records of 4 December 2026 (city time), {@code p_before} everything before the first day partition's time, and
 * {@code p_later} whatever no day partition holds yet. Days ahead are split off {@code p_later}; a day past the
 * retention period is dropped whole, and {@code p_before}, the floor every later partition rests on, is emptied
 * instead. When the job has missed days, each of them still kept is split off on its own.
 */
public final class DayPartitions {

    static final String TABLE = "tracing_pass_record";
    static final String FLOOR = "p_before";
    static final String CATCH_ALL = "p_later";

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'p'uuuuMMdd");
    private static final Pattern DAY_NAME = Pattern.compile("p[0-9]{8}");
    private static final String ALTER = "ALTER TABLE " + TABLE + " ";

    /**
     * A partition as information_schema lists it.
     *
     * @param before the first day it no longer holds; none for the catch-all
     */
    public record Partition(String name, LocalDate before) {

        /** From information_schema's {@code PARTITION_DESCRIPTION}: {@code '2026-12-05'} or {@code MAXVALUE}. */
        static Partition described(String name, String description) {
            String bound = description.replace("'", "").trim();
            return new Partition(name, "MAXVALUE".equals(bound) ? null : LocalDate.parse(bound));
        }

        boolean isDay() {
            return DAY_NAME.matcher(name).matches();
        }

        boolean isFloor() {
            return FLOOR.equals(name);
        }
    }

    private DayPartitions() {
    }

    public static String name(LocalDate day) {
        return NAME.format(day);
    }

    /** The city's day a moment falls on: the partition a record received then goes to. */
    public static LocalDate day(Instant moment) {
        return moment.atZone(CityTime.ZONE).toLocalDate();
    }

    /** The first day kept: every record of an earlier day is older than the period by the start of today. */
    public static LocalDate firstKept(LocalDate today, Duration retention) {
        return today.minusDays(retention.toDays());
    }

    /**
     * The days through {@code daysAhead} days after today that still fall into the catch-all, from the first day kept
     * on: after missed runs each missed day still kept gets its own partition, and goes when its own time comes.
     */
    static List<LocalDate> missing(List<Partition> existing, LocalDate today, LocalDate firstKept, int daysAhead) {
        LocalDate covered = existing.stream().map(Partition::before).filter(b -> b != null)
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        LocalDate first = covered.isAfter(firstKept) ? covered : firstKept;
        LocalDate end = today.plusDays(daysAhead + 1L);
        return first.isBefore(end) ? first.datesUntil(end).toList() : List.of();
    }

    /** Splits the days, in order, off the catch-all, which keeps the rest. */
    static String splitOff(List<LocalDate> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no day to split off");
        }
        return ALTER + "REORGANIZE PARTITION " + CATCH_ALL + " INTO (" + days.stream()
                .map(day -> "PARTITION " + name(day) + " VALUES LESS THAN ('" + day.plusDays(1) + "'), ")
                .collect(Collectors.joining()) + "PARTITION " + CATCH_ALL + " VALUES LESS THAN (MAXVALUE))";
    }

    /** The partitions whose every day is before the first day kept, oldest first. */
    static List<Partition> expired(List<Partition> existing, LocalDate firstKept) {
        return existing.stream().filter(p -> p.before() != null && !p.before().isAfter(firstKept))
                .filter(p -> p.isDay() || p.isFloor()).toList();
    }

    /** Counts the records of a partition by day, before it goes. */
    static String countByDay(Partition partition) {
        return "SELECT day, COUNT(*) FROM " + TABLE + " PARTITION (" + checked(partition).name() + ") GROUP BY day";
    }

    /** Removes a partition's records: drops a day, empties the floor, which stays. */
    static String removal(Partition partition) {
        return ALTER + (checked(partition).isFloor() ? "TRUNCATE" : "DROP") + " PARTITION " + partition.name();
    }

    /**
     * The days a removal reports gone, with their records: every day it held records of, and a day partition's own
     * day even when empty, so that the history shows each day the doors could have written to.
     */
    static Map<LocalDate, Long> reported(Partition partition, Map<LocalDate, Long> recordsByDay) {
        Map<LocalDate, Long> days = new TreeMap<>(recordsByDay);
        if (partition.isDay()) {
            days.putIfAbsent(partition.before().minusDays(1), 0L);
        }
        return days;
    }

    /** Names go into statements: only the shapes this class makes pass. */
    private static Partition checked(Partition partition) {
        if (!partition.isDay() && !partition.isFloor()) {
            throw new IllegalArgumentException("not a partition the retention removes: " + partition.name());
        }
        return partition;
    }
}
