package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void nothingAskedSettlesOnTheDefaultAndShowsIt() {
        PeriodChoice choice = new PeriodChoice();
        Period period = choice.settle(TODAY);
        assertEquals(new Period(TODAY.minusDays(Period.DEFAULT_DAYS - 1L), TODAY), period);
        assertEquals(period.from(), choice.getFrom());
        assertEquals(TODAY, choice.getTo());
        assertFalse(choice.adjusted());
    }

    @Test
    void aSensibleAskIsKept() {
        PeriodChoice choice = new PeriodChoice();
        choice.setFrom(LocalDate.of(2026, 11, 1));
        choice.setTo(LocalDate.of(2026, 11, 10));
        choice.settle(TODAY);
        assertEquals(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)), choice.period());
        assertFalse(choice.adjusted());
        assertEquals("from=2026-11-01&to=2026-11-10", choice.getQuery());
    }

    @Test
    void anAskPastTodayIsPulledBackAndSaysSo() {
        PeriodChoice choice = new PeriodChoice();
        choice.setFrom(LocalDate.of(2026, 11, 1));
        choice.setTo(TODAY.plusDays(5));
        choice.settle(TODAY);
        assertEquals(TODAY, choice.getTo());
        assertTrue(choice.adjusted());
    }
}
