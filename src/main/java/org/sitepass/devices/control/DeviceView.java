package org.sitepass.devices.control;

import java.time.Instant;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.Device;
import org.sitepass.sites.VenueRef;

/**
 * A device as its vendor's fleet view shows it, with the venue it stands at or is proposed for.
 *
 * @param stoppedBy  for a STOPPED device, which certificate stopped it and why ({@code VENDOR_SUSPENDED},
 *                   {@code MODEL_EXPIRED}...), or null
 * @param deployment the open deployment's status ({@code PROPOSED}, {@code ACTIVE}, {@code SUSPENDED}), or null
 */
public record DeviceView(long id, String serial, long modelId, String clientId, String status, String stoppedBy,
                         boolean online, Instant registeredAt, Instant lastSeenAt, String firmwareVersion,
                         Integer queueLength, Long clockDriftMs, Long deploymentId, String deployment,
                         String venueName, String codeNumber, String entrance) {

    static DeviceView of(Device d, Instant onlineCutoff, Deployment open, VenueRef venue) {
        return new DeviceView(d.getId(), d.getSerial(), d.getModelId(), d.getClientId(), d.getStatus().name(),
                d.stoppedBy(), d.isOnline(onlineCutoff), d.getRegisteredAt(), d.getLastSeenAt(), d.getFirmwareVersion(),
                d.getQueueLength(), d.getClockDriftMs(), open == null ? null : open.getId(),
                open == null ? null : open.getStatus().name(), venue == null ? null : venue.name(),
                venue == null ? null : venue.codeNumber(), open == null ? null : open.getEntrance());
    }
}
