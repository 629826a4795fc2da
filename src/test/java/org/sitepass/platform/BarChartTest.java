package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void standingBarsCarryEachSeriesInOrder() {
        String json = BarChart.standing(List.of("2026-11-01", "2026-11-02"))
                .series("new", List.of(3L, 0L), "#0b5cab")
                .series("approved", List.of(1L, 2L), "#1e7b34")
                .json();
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"2026-11-01\",\"2026-11-02\"],\"datasets\":["
                + "{\"label\":\"new\",\"data\":[3,0],\"backgroundColor\":\"#0b5cab\"},"
                + "{\"label\":\"approved\",\"data\":[1,2],\"backgroundColor\":\"#1e7b34\"}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false}}", json);
    }

    @Test
    void lyingBarsTurnTheIndexAxis() {
        String json = BarChart.lying(List.of("exits")).series("failed", List.of(4L), "#b3261e").json();
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"exits\"],\"datasets\":["
                + "{\"label\":\"failed\",\"data\":[4],\"backgroundColor\":\"#b3261e\"}]},"
                + "\"options\":{\"indexAxis\":\"y\",\"responsive\":true,\"maintainAspectRatio\":false}}", json);
    }
}
