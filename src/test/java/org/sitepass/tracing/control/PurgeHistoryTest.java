package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A day is shown gone by what is stored, so that the auditor is never told so while its records are still there. */
class PurgeHistoryTest {

    @Test
    void aDayPastTheRetentionWhosePurgeHasNotRunIsNotGone() {
        assertFalse(PurgeHistory.gone(3, false, true));
        assertFalse(PurgeHistory.gone(3, true, true), "records that arrived after its purge are still there");
    }

    @Test
    void aDayPastTheRetentionWithNothingStoredIsGone() {
        assertTrue(PurgeHistory.gone(0, true, true));
        assertTrue(PurgeHistory.gone(0, false, true), "a day the doors never wrote to");
    }

    @Test
    void anEmptyDayStillKeptIsNotGone() {
        assertFalse(PurgeHistory.gone(0, false, false));
    }
}
