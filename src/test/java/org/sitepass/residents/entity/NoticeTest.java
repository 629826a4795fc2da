package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(PLACED, notice.writtenAt());
        assertEquals("sealed-1", notice.textSealed());
        assertEquals(NoticeKind.EXPOSURE, notice.kind());
    }

    @Test
    void aCorrectionReplacesTheTextAndDatesIt() {
        Notice notice = placed();
        notice.correct("sealed-2", "tracer2", PLACED.plusSeconds(600));
        assertEquals("sealed-2", notice.textSealed());
        assertEquals(PLACED.plusSeconds(600), notice.writtenAt());
        assertEquals(PLACED, notice.placedAt());
        notice.withdraw("tracer2", PLACED.plusSeconds(900));
    }

    @Test
    void aWithdrawnNoticeIsNeitherCorrectedNorWithdrawnAgain() {
        Notice notice = placed();
        notice.withdraw("tracer1", PLACED.plusSeconds(60));
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
