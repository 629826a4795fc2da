package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UtcInstantTest {

    private final UtcInstant.Check check = new UtcInstant.Check();

    @Test
    void acceptsRealUtcTimesAndAbsence() {
        assertTrue(check.isValid("2026-11-21T08:00:00Z", null));
        assertTrue(check.isValid("2026-11-21T08:00:00.123456Z", null));
        assertTrue(check.isValid(null, null));
    }

    @Test
    void refusesTimesThatDoNotExistOrAreNotUtc() {
        assertFalse(check.isValid("2026-13-45T99:99:99Z", null));
        assertFalse(check.isValid("2026-02-30T08:00:00Z", null));
        assertFalse(check.isValid("2026-11-21T08:00:00+08:00", null));
        assertFalse(check.isValid("yesterday", null));
    }
}
