package org.sitepass.tracing.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A pass record's key: its day (the partition) and its random id. */
public class PassRecordId implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate day;
    private long id;

    protected PassRecordId() {
    }

    public PassRecordId(LocalDate day, long id) {
        this.day = Objects.requireNonNull(day, "day");
        this.id = id;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PassRecordId that && id == that.id && day.equals(that.day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, id);
    }
}
