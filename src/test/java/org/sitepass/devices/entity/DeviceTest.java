package org.sitepass.devices.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** A sentry's life: heard, online while heard within three intervals, decommissioned for good. */
class DeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final Device device = new Device("SN-0001", 1, 2, NOW);

    @Test
    void aNewDeviceIsOfflineUntilHeard() {
        assertFalse(device.isOnline(NOW, INTERVAL));
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        assertTrue(device.isOnline(NOW, INTERVAL));
    }

    @Test
    void threeMissedIntervalsMakeADeviceOffline() {
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        assertTrue(device.isOnline(NOW.plusSeconds(90), INTERVAL));
        assertFalse(device.isOnline(NOW.plusSeconds(91), INTERVAL));
    }

    @Test
    void clockDriftIsTheDevicesClockMinusOurs() {
        device.heard(NOW, "1.0.0", 60, 12, NOW.plusSeconds(5));
        assertEquals(5_000L, device.getClockDriftMs());
        device.heard(NOW, "1.0.0", 60, 12, NOW.minusMillis(250));
        assertEquals(-250L, device.getClockDriftMs());
        assertEquals(12, device.getQueueLength());
    }

    @Test
    void aDecommissionedDeviceIsHeardNoMore() {
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        assertTrue(device.isInService());
        device.decommission(NOW);
        assertFalse(device.isInService());
        assertEquals(DeviceStatus.DECOMMISSIONED, device.getStatus());
        assertFalse(device.isOnline(NOW, INTERVAL));
        assertThrows(RequestRefused.class, () -> device.heard(NOW, "1.0.0", 61, 0, NOW));
        assertThrows(RequestRefused.class, () -> device.decommission(NOW));
    }
}
