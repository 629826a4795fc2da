package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;

/** A case opens with its person by reference only, closes once, and is never reopened. */
class TracingCaseTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final ResidentRef PERSON = new ResidentRef("AbCdEfGhIjKlMnOpQrStUv");

    private static TracingCase opened() {
        return TracingCase.open(CaseReference.of(LocalDate.of(2026, 12, 4), 1), PERSON, LocalDate.of(2026, 12, 3),
                null, "LAB-2026-000123", null, "tracer1", NOW);
    }

    @Test
    void aCaseOpensWithItsReferenceAndPersonAndNothingElseOfTheirs() {
        TracingCase opened = opened();
        assertEquals("TC-20261204-0001", opened.getReference());
        assertEquals(PERSON, opened.getResident());
        assertEquals(CaseStatus.OPEN, opened.getStatus());
        assertEquals("tracer1", opened.getOpenedBy());
        assertEquals(NOW, opened.getOpenedAt());
        assertNull(opened.getClosedAt());
    }

    @Test
    void anOpenCaseClosesWithItsTime() {
        TracingCase closing = opened();
        closing.close(NOW.plusSeconds(60));
        assertEquals(CaseStatus.CLOSED, closing.getStatus());
        assertEquals(NOW.plusSeconds(60), closing.getClosedAt());
    }

    @Test
    void aClosedCaseIsNotClosedAgain() {
        TracingCase closed = opened();
        closed.close(NOW);
        RequestRefused refused = assertThrows(RequestRefused.class, () -> closed.close(NOW.plusSeconds(5)));
        assertEquals(RequestRefused.CONFLICT, refused.status());
        assertEquals("urn:sitepass:problem:case-state", refused.type());
        assertEquals("tracing.cases.refused.closed", refused.detail().key());
        assertEquals(NOW, closed.getClosedAt(), "the first closing stands");
    }

    @Test
    void onlyAnOpenCaseMovesAndOnlyToClosed() {
        assertTrue(CaseStatus.OPEN.canBecome(CaseStatus.CLOSED));
        assertFalse(CaseStatus.OPEN.canBecome(CaseStatus.OPEN));
        assertFalse(CaseStatus.CLOSED.canBecome(CaseStatus.OPEN));
        assertFalse(CaseStatus.CLOSED.canBecome(CaseStatus.CLOSED));
    }

    @Test
    void aReferenceNamesTheDayAndItsNumber() {
        assertEquals("TC-20261204-0042", CaseReference.of(LocalDate.of(2026, 12, 4), 42).value());
        assertEquals("TC-20261204-12345", CaseReference.of(LocalDate.of(2026, 12, 4), 12345).value());
        assertThrows(IllegalArgumentException.class, () -> CaseReference.of(LocalDate.of(2026, 12, 4), 0));
        assertThrows(IllegalArgumentException.class, () -> new CaseReference("TC-2026124-0001"));
        assertThrows(IllegalArgumentException.class, () -> new CaseReference("tc-20261204-0001"));
    }
}
