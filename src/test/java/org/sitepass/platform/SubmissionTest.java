package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final Instant FIRST = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-21T09:30:00Z");
    private static final Instant AGAIN = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aRowNeverSubmittedLoadsAsNullAndReadsAsNothingSubmitted() {
        Submission none = Submission.of(null);
        assertNull(none.getSubmittedAt());
        assertNull(none.getDecidedAt());
        assertNull(none.getDecidedBy());
    }

    @Test
    void aDecisionKeepsWhenItWasSubmitted() {
        Submission decided = Submission.of(null).submitted(FIRST).decided("officer-1", DECIDED);
        assertEquals(FIRST, decided.getSubmittedAt());
        assertEquals(DECIDED, decided.getDecidedAt());
        assertEquals("officer-1", decided.getDecidedBy());
    }

    @Test
    void submittingAgainKeepsThePreviousDecisionOnRecordAndLeavesTheOldValueAlone() {
        Submission decided = Submission.of(null).submitted(FIRST).decided("officer-1", DECIDED);
        Submission again = decided.submitted(AGAIN);
        assertEquals(AGAIN, again.getSubmittedAt());
        assertEquals(DECIDED, again.getDecidedAt());
        assertEquals("officer-1", again.getDecidedBy());
        assertEquals(FIRST, decided.getSubmittedAt());
    }
}
