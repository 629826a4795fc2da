package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.TestResult;

class AppealTest {

    private static final Instant FILED = Instant.parse("2026-12-04T02:00:00Z");
    private static final Instant DECIDED = FILED.plusSeconds(3600);

    private final Appeal appeal = Appeal.file(7, AppealSubject.COLOUR_CHANGE, 42, "sealed reason", "resident1",
            FILED);

    @Test
    void aFiledAppealIsOpenUntilDecided() {
        assertTrue(appeal.isOpen());
        assertEquals(AppealStatus.OPEN, appeal.status());
        assertNull(appeal.decidedAt());
    }

    @Test
    void upholdingRecordsTheDecisionAndTheCorrection() {
        appeal.uphold("officer1", "sealed decision", "colour_change:43", DECIDED);
        assertEquals(AppealStatus.UPHELD, appeal.status());
        assertEquals("officer1", appeal.decidedBy());
        assertEquals(DECIDED, appeal.decidedAt());
        assertEquals("colour_change:43", appeal.correction());
        assertFalse(appeal.isOpen());
    }

    @Test
    void dismissingCorrectsNothing() {
        appeal.dismiss("officer1", "sealed decision", DECIDED);
        assertEquals(AppealStatus.DISMISSED, appeal.status());
        assertNull(appeal.correction());
    }

    @Test
    void aDecidedAppealIsNotDecidedAgain() {
        appeal.dismiss("officer1", "sealed decision", DECIDED);
        assertEquals(RequestRefused.CONFLICT, assertThrows(RequestRefused.class,
                () -> appeal.uphold("officer1", "again", "colour_change:44", DECIDED)).status());
        assertEquals(RequestRefused.CONFLICT, assertThrows(RequestRefused.class,
                () -> appeal.dismiss("officer1", "again", DECIDED)).status());
        assertEquals(AppealStatus.DISMISSED, appeal.status());
    }

    @Test
    void aVoidedTestIsNotVoidedTwice() {
        NatTest test = new NatTest(7, new SourceVersion("lab", "n1", FILED),
                new NatTest.Facts(FILED, FILED, TestResult.POSITIVE, "sealed"), FILED);
        test.voidBy(1, DECIDED);
        assertTrue(test.isVoid());
        assertThrows(RequestRefused.class, () -> test.voidBy(2, DECIDED));
    }
}
