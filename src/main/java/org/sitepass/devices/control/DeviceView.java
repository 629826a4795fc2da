package org.sitepass.devices.control;

import java.time.Duration;
import java.time.Instant;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.sites.VenueRef;

/**
 * A device as its vendor's fleet view shows it, with the venue it stands at or is proposed for.
 *
 * @param deployment the open deployment's status ({@code PROPOSED}, {@code ACTIVE}), or null
 * @param inService  whether it is not decommissioned, so its credentials can be rotated and it can be decommissioned
 * @param deployable whether it is in service and has no open deployment, so it can be proposed to a venue
 */
public record DeviceView(long id, String serial, long modelId, String clientId, DeviceStatus status,
                         boolean inService, boolean deployable, boolean online,
                         Instant registeredAt, Instant lastSeenAt, String firmwareVersion, Integer queueLength,
                         Long clockDriftMs, Long deploymentId, DeploymentStatus deployment, String venueName,
                         String codeNumber, String entrance) {

    static DeviceView of(Device d, Instant now, Duration interval, Deployment open, VenueRef venue) {
        return new DeviceView(d.getId(), d.getSerial(), d.getModelId(), d.getClientId(), d.getStatus(),
                d.isInService(), d.isInService() && open == null, d.isOnline(now, interval), d.getRegisteredAt(),
                d.getLastSeenAt(), d.getFirmwareVersion(), d.getQueueLength(), d.getClockDriftMs(),
                open == null ? null : open.getId(),
                open == null ? null : open.getStatus(), venue == null ? null : venue.name(),
                venue == null ? null : venue.codeNumber(), open == null ? null : open.getEntrance());
    }
}
