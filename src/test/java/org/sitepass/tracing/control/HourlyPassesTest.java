package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A venue's day by hour: every hour present, passes and stops apart. */
class HourlyPassesTest {

    @Test
    void everyHourOfTheDayIsAnsweredInOrderWithPassesAndStopsApart() {
        List<HourlyPasses> day = HourlyPasses.day(List.of(new HourlyPasses.Counted(9, false, 12),
                new HourlyPasses.Counted(9, true, 2), new HourlyPasses.Counted(23, false, 1)));
        assertEquals(24, day.size());
        assertEquals(new HourlyPasses(0, 0, 0), day.get(0));
        assertEquals(new HourlyPasses(9, 12, 2), day.get(9));
        assertEquals(new HourlyPasses(23, 1, 0), day.get(23));
    }

    @Test
    void anHourOutsideTheDayIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> HourlyPasses.day(List.of(new HourlyPasses.Counted(24, false, 1))));
    }
}
