package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A day whose pass records the retention removed: when, and how many records and sequence numbers went. Kept after the
 * records, so that a day past the period can be shown gone. A later purge of the same day (records that arrived
 * late) adds to it.
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

    protected PurgedDay() {
    }

    public PurgedDay(LocalDate day, Instant purgedAt, long records, long sequences) {
        this.day = day;
        this.purgedAt = purgedAt;
        this.records = records;
        this.sequences = sequences;
    }

    /** Another purge of the day: its counts add up, and the day counts as purged from then. */
    public void purgedAgain(Instant at, long moreRecords, long moreSequences) {
        purgedAt = at;
        records += moreRecords;
        sequences += moreSequences;
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
