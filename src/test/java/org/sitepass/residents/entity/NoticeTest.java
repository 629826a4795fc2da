package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

class NoticeTest {

    private static final Instant PLACED = Instant.parse("2026-12-04T02:00:00Z");

    private static Notice placed() {
        return Notice.place(7, NoticeKind.EXPOSURE, "sealed-1", "EX-20261204-0001", "tracer1", PLACED);
    }

    @Test
    void aPlacedNoticeStandsWithItsTextAndTime() {
        Notice notice = placed();
        assertTrue(notice.isActive());
        assertEquals(NoticeStatus.ACTIVE, notice.status());
        assertEquals(PLACED, notice.writtenAt());
        assertEquals("EX-20261204-0001", notice.placedFor());
    }

    @Test
    void aCorrectionReplacesTheTextAndDatesIt() {
        Notice notice = placed();
        notice.correct("sealed-2", "tracer2", PLACED.plusSeconds(600));
        assertEquals("sealed-2", notice.textSealed());
        assertEquals(PLACED.plusSeconds(600), notice.writtenAt());
        assertEquals(PLACED, notice.placedAt());
        assertTrue(notice.isActive());
    }

    @Test
    void aWithdrawnNoticeIsNeitherCorrectedNorWithdrawnAgain() {
        Notice notice = placed();
        notice.withdraw("tracer1", PLACED.plusSeconds(60));
        assertFalse(notice.isActive());
        assertEquals(PLACED.plusSeconds(60), notice.withdrawnAt());
        RequestRefused corrected = assertThrows(RequestRefused.class,
                () -> notice.correct("sealed-2", "tracer1", PLACED.plusSeconds(120)));
        assertEquals(409, corrected.status());
        assertThrows(RequestRefused.class, () -> notice.withdraw("tracer1", PLACED.plusSeconds(120)));
        assertEquals("sealed-1", notice.textSealed(), "a refused correction changes nothing");
    }

    @Test
    void kindsAreKnownByName() {
        assertEquals(Optional.of(NoticeKind.SECONDARY_CONTACT), NoticeKind.of("SECONDARY_CONTACT"));
        assertEquals(Optional.empty(), NoticeKind.of("exposure"));
        assertEquals(Optional.empty(), NoticeKind.of(null));
    }
}
