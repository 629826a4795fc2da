package org.sitepass.platform;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The period a dashboard page's date pickers ask for. Settling it applies the rule of {@link Period} and writes the
 * result back, so that the pickers show the days the page shows.
 */
public final class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private boolean adjusted;

    /** The period to show from what was asked; until settled, the pickers may hold anything. */
    public Period settle(LocalDate today) {
        Period period = Period.of(from, to, today);
        adjusted = period.adjusts(from, to);
        from = period.from();
        to = period.to();
        return period;
    }

    /** The period last settled. */
    public Period period() {
        return new Period(from, to);
    }

    /** Whether the last settling changed dates the reader gave, so that the page can say so. */
    public boolean adjusted() {
        return adjusted;
    }

    /** The query a page's links carry to ask for the settled period again. */
    public String getQuery() {
        return period().query();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
