package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A day whose pass records the retention removed: when, and how many records and sequence numbers went. Kept after the
 * records, so that a day past the period can be shown gone. Noted before the records go: a purge of the same day
 * with a later partition (records that arrived late) adds to it, a retry of the same partition replaces its counts.
 */
@Entity
@Table(name = "tracing_purge")
public class PurgedDay {

    @Id
    private LocalDate day;
    @Column(name = "purged_at")
    private Instant purgedAt;
    private long records;
    private long sequences;

    @Column(name = "last_partition")
    private String lastPartition;
    @Column(name = "last_records")
    private long lastRecords;
    @Column(name = "last_sequences")
    private long lastSequences;

    protected PurgedDay() {
    }

    public PurgedDay(LocalDate day, Instant purgedAt, String partition, long records, long sequences) {
        this.day = day;
        this.purgedAt = purgedAt;
        this.records = records;
        this.sequences = sequences;
        lastPartition = partition;
        lastRecords = records;
        lastSequences = sequences;
    }

    /**
     * A purge of the day about to drop {@code partition}: its counts add up with those of other partitions (records
     * that arrived late go with a later day's), and replace those of the same partition, whose earlier drop failed.
     */
    public void purged(Instant at, String partition, long partitionRecords, long partitionSequences) {
        if (partition.equals(lastPartition)) {
            records -= lastRecords;
            sequences -= lastSequences;
        }
        purgedAt = at;
        lastPartition = partition;
        lastRecords = partitionRecords;
        lastSequences = partitionSequences;
        records += partitionRecords;
        sequences += partitionSequences;
    }

    /**
     * Of some days, those whose records are gone, so that a lookup's empty answer is not read as nobody there: a day
     * the purge noted, or one past the retention period, of which nothing was found.
     *
     * @param purged          the days of the purge history among them
     * @param firstKept       the first day the retention keeps today
     * @param daysWithRecords the days the lookup found records of
     */
    public static List<LocalDate> goneAmong(List<LocalDate> days, Set<LocalDate> purged, LocalDate firstKept,
                                            Set<LocalDate> daysWithRecords) {
        return days.stream().filter(day -> !daysWithRecords.contains(day)
                && (purged.contains(day) || day.isBefore(firstKept))).toList();
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public long getRecords() {
        return records;
    }

    public long getSequences() {
        return sequences;
    }
}
