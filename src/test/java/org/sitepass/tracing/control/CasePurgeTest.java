package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retention's report: what each case took with it, added up for the run. */
class CasePurgeTest {

    @Test
    void aRunAddsUpItsCasesAndSaysWhy() {
        CasePurge total = CasePurge.total(List.of(new CasePurge(1, 3, 12, 1, 0), new CasePurge(1, 2, 5, 0, 1)));
        assertEquals(new CasePurge(2, 5, 17, 1, 1), total);
        assertEquals("2 cases, 5 contacts, 17 contact steps, 1 export requests, 1 holds lifted; closed more than 180"
                + " days ago", total.summary(Duration.ofDays(180)));
    }

    @Test
    void aRunWithoutCasesRemovesNothing() {
        assertEquals(CasePurge.NONE, CasePurge.total(List.of()));
    }
}
