package org.sitepass.devices.control;

import java.time.Duration;
import java.time.Instant;
import org.sitepass.devices.entity.Device;

/** A device as its vendor's fleet view shows it. */
public record DeviceView(long id, String serial, long modelId, String clientId, String status, boolean online,
                         Instant registeredAt, Instant lastSeenAt, String firmwareVersion, Integer queueLength,
                         Long clockDriftMs) {

    static DeviceView of(Device d, Instant now, Duration interval) {
        return new DeviceView(d.getId(), d.getSerial(), d.getModelId(), d.getClientId(), d.getStatus().name(),
                d.isOnline(now, interval), d.getRegisteredAt(), d.getLastSeenAt(), d.getFirmwareVersion(),
                d.getQueueLength(), d.getClockDriftMs());
    }
}
