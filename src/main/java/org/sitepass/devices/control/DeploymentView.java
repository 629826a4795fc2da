package org.sitepass.devices.control;

import java.time.Duration;
import java.time.Instant;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.sites.VenueRef;

/**
 * A deployment with the device and venue it joins, as fleet views show it.
 *
 * @param awaitsVenue whether the venue may still accept or decline it
 */
public record DeploymentView(long id, long deviceId, String serial, long modelId, long vendorId, long venueId,
                             String venueName, String codeNumber, String entrance, DeploymentStatus status,
                             boolean awaitsVenue, String reason,
                             Instant proposedAt, Instant decidedAt, Instant endedAt, boolean online,
                             Instant lastSeenAt, String firmwareVersion) {

    static DeploymentView of(Deployment d, Device device, VenueRef venue, Instant now, Duration interval) {
        return new DeploymentView(d.getId(), device.getId(), device.getSerial(), device.getModelId(),
                device.getVendorId(), d.getVenueId(), venue == null ? "" : venue.name(),
                venue == null ? "" : venue.codeNumber(), d.getEntrance(), d.getStatus(), d.awaitsVenue(), d.getReason(),
                d.getProposedAt(), d.getDecidedAt(), d.getEndedAt(), device.isOnline(now, interval),
                device.getLastSeenAt(), device.getFirmwareVersion());
    }
}
