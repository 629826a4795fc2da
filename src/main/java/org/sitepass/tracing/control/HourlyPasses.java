package org.sitepass.tracing.control;

import java.util.ArrayList;
import java.util.List;

/** A venue's passes and stops in one hour of the city's day, counts only. */
public record HourlyPasses(int hour, long passes, long stops) {

    static final int HOURS = 24;

    /** A count of one outcome in one hour, as the query groups them. */
    record Counted(int hour, boolean stop, long count) {
    }

    /** Every hour of the day, in order, those without records at zero. */
    static List<HourlyPasses> day(List<Counted> counts) {
        long[] passes = new long[HOURS];
        long[] stops = new long[HOURS];
        for (Counted c : counts) {
            if (c.hour() < 0 || c.hour() >= HOURS) {
                throw new IllegalArgumentException("no hour " + c.hour() + " in a day");
            }
            (c.stop() ? stops : passes)[c.hour()] += c.count();
        }
        List<HourlyPasses> hours = new ArrayList<>(HOURS);
        for (int hour = 0; hour < HOURS; hour++) {
            hours.add(new HourlyPasses(hour, passes[hour], stops[hour]));
        }
        return hours;
    }
}
