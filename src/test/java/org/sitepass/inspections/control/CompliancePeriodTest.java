package org.sitepass.inspections.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.CityTime;

class CompliancePeriodTest {

    private static final LocalDate TODAY = LocalDate.now(CityTime.ZONE);
    private static final CompliancePeriod LAST_30_DAYS = new CompliancePeriod(TODAY.minusDays(29), TODAY);

    @Test
    void withoutDatesItIsTheLastThirtyDays() {
        assertEquals(LAST_30_DAYS, CompliancePeriod.of(null, null));
    }

    @Test
    void aPeriodWithinAYearUpToTodayIsKept() {
        CompliancePeriod given = new CompliancePeriod(TODAY.minusDays(100), TODAY.minusDays(50));
        assertEquals(given, CompliancePeriod.of(given.from(), given.to()));
    }

    @Test
    void theFutureEndsTodayAndAReversedOrOverlongStartIsReplaced() {
        assertEquals(LAST_30_DAYS, CompliancePeriod.of(TODAY.plusDays(3), TODAY.plusDays(9)));
        assertEquals(LAST_30_DAYS, CompliancePeriod.of(TODAY.minusDays(400), null));
    }

    @Test
    void aLinkWithAnythingButPlainDatesMeansTheDefault() {
        assertEquals(LAST_30_DAYS, CompliancePeriod.fromLink("-999999999-01-01", "+999999999-12-31"));
        assertEquals(LAST_30_DAYS, CompliancePeriod.fromLink("2026-02-30", "yesterday"));
    }
}
