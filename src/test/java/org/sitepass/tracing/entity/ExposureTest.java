package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

class ExposureTest {

    /** 2026-12-04 00:30 in Shanghai, still 2026-12-03 in UTC. */
    private static final Instant MARKED = Instant.parse("2026-12-03T16:30:00Z");
    private static final ExposureWindow WINDOW = new ExposureWindow(Instant.parse("2026-12-03T06:00:00Z"),
            Instant.parse("2026-12-03T08:00:00Z"));

    private static Exposure marked() throws ReflectiveOperationException {
        Exposure exposure = Exposure.mark(9, WINDOW, "TC-20261204-0001", "note", "请尽快做核酸检测。", "tracer1", MARKED);
        Field id = Exposure.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(exposure, 17L);
        return exposure;
    }

    @Test
    void theReferenceNamesTheCitysDayOfMarkingAndTheId() throws ReflectiveOperationException {
        assertEquals("EX-20261204-17", marked().reference());
    }

    @Test
    void anActiveExposureCountsThePeopleToldAndTakesCorrections() throws ReflectiveOperationException {
        Exposure exposure = marked();
        exposure.found(120);
        exposure.told(100);
        exposure.told(20);
        assertEquals(120, exposure.notified());
        exposure.correct("时段更正，请尽快检测。", "tracer2", MARKED.plusSeconds(60));
        assertEquals("时段更正，请尽快检测。", exposure.noticeText());
        assertEquals(MARKED.plusSeconds(60), exposure.correctedAt());
        assertEquals(WINDOW, exposure.window());
    }

    @Test
    void aWithdrawnExposureIsNeitherCorrectedNorWithdrawnAgainAndTellsNobodyMore()
            throws ReflectiveOperationException {
        Exposure exposure = marked();
        exposure.withdraw("tracer1", MARKED.plusSeconds(60));
        assertFalse(exposure.isActive());
        assertEquals(ExposureStatus.WITHDRAWN, exposure.status());
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> exposure.correct("新的提示内容", "tracer1", MARKED.plusSeconds(120)));
        assertEquals(409, refused.status());
        assertThrows(RequestRefused.class, () -> exposure.withdraw("tracer1", MARKED.plusSeconds(120)));
        assertThrows(RequestRefused.class, () -> exposure.told(1));
        assertEquals("请尽快做核酸检测。", exposure.noticeText());
        assertTrue(exposure.withdrawnAt().equals(MARKED.plusSeconds(60)));
    }
}
