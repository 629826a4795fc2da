package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Period LAST_30_DAYS = new Period(LocalDate.of(2026, 10, 23), TODAY);

    @Test
    void withoutDatesItIsTheLastThirtyDays() {
        assertEquals(LAST_30_DAYS, Period.of(null, null, TODAY));
    }

    @Test
    void aPeriodWithinAYearUpToTodayIsKept() {
        Period given = new Period(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 10, 2));
        assertEquals(given, Period.of(given.from(), given.to(), TODAY));
    }

    @Test
    void aWholeYearIsTheLongestPeriod() {
        LocalDate yearBefore = TODAY.minusDays(Period.MAX_DAYS - 1L);
        assertEquals(new Period(yearBefore, TODAY), Period.of(yearBefore, TODAY, TODAY));
        assertEquals(LAST_30_DAYS, Period.of(yearBefore.minusDays(1), TODAY, TODAY));
    }

    @Test
    void theFutureEndsTodayAndAReversedOrOverlongStartIsReplaced() {
        assertEquals(LAST_30_DAYS, Period.of(TODAY.plusDays(3), TODAY.plusDays(9), TODAY));
        assertEquals(LAST_30_DAYS, Period.of(TODAY.minusDays(400), null, TODAY));
        assertEquals(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                Period.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 9, 30), TODAY));
    }

    @Test
    void aLinkWithAnythingButPlainDatesMeansTheDefault() {
        assertEquals(LAST_30_DAYS, Period.fromLink("-999999999-01-01", "+999999999-12-31", TODAY));
        assertEquals(LAST_30_DAYS, Period.fromLink("2026-02-30", "yesterday", TODAY));
        assertEquals(LAST_30_DAYS, Period.fromLink(null, "", TODAY));
        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)),
                Period.fromLink("2026-11-01", "2026-11-20", TODAY));
    }

    @Test
    void linksAndFileNamesWriteBothDays() {
        Period period = new Period(LocalDate.of(2026, 11, 1), TODAY);
        assertEquals("from=2026-11-01&to=2026-11-21", period.query());
        assertEquals("2026-11-01-2026-11-21", period.toString());
    }

    @Test
    void aPeriodAdjustsWhatWasAskedOnlyWhenItDiffers() {
        assertTrue(LAST_30_DAYS.adjusts(TODAY.minusDays(400), TODAY));
        assertFalse(LAST_30_DAYS.adjusts(LAST_30_DAYS.from(), TODAY));
        assertFalse(LAST_30_DAYS.adjusts(null, null));
        assertFalse(LAST_30_DAYS.adjusts(LAST_30_DAYS.from(), null), "an end left out is no adjustment");
        assertTrue(LAST_30_DAYS.adjusts(null, TODAY.plusDays(3)), "an end past today is");
    }

    @Test
    void theQueryAcceptsCalendarDatesAndNamesTheFieldOfAnyOther() {
        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)),
                new PeriodParameters("2026-11-01", "2026-11-10").period(TODAY));
        assertEquals(LAST_30_DAYS, new PeriodParameters(null, "").period(TODAY));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new PeriodParameters("2026-11-01", "2026-02-30").period(TODAY));
        assertEquals("to", refused.problems().get(0).field());
        assertEquals("sitepass.validation.date", refused.problems().get(0).text().key());
    }
}
