package org.sitepass.devices.control;

import java.time.Instant;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.devices.entity.EndCause;
import org.sitepass.sites.VenueRef;

/**
 * A deployment with the device and venue it joins, as fleet views show it; a device counts as online only while it
 * stands there in service (not while the venue's code is suspended, nor while its own certificate is withdrawn).
 *
 * @param awaitsVenue whether the venue may still accept or decline it
 */
public record DeploymentView(long id, long deviceId, String serial, long modelId, long vendorId, long venueId,
                             String venueName, String codeNumber, String entrance, DeploymentStatus status,
                             boolean awaitsVenue, String reason, Instant proposedAt, Instant decidedAt,
                             Instant endedAt, EndCause endCause, DeviceStatus deviceStatus, boolean online,
                             Instant lastSeenAt, String firmwareVersion) {

    static DeploymentView of(Deployment d, Device device, VenueRef venue, Instant onlineCutoff) {
        return new DeploymentView(d.getId(), device.getId(), device.getSerial(), device.getModelId(),
                device.getVendorId(), d.getVenueId(), venue == null ? "" : venue.name(),
                venue == null ? "" : venue.codeNumber(), d.getEntrance(), d.getStatus(), d.awaitsVenue(),
                d.getReason(), d.getProposedAt(), d.getDecidedAt(), d.getEndedAt(), d.getEndCause(),
                device.getStatus(), d.getStatus() == DeploymentStatus.ACTIVE && device.isOnline(onlineCutoff),
                device.getLastSeenAt(), device.getFirmwareVersion());
    }

    /** At the door and in service: what fleet figures count, online or not. */
    public boolean standing() {
        return status == DeploymentStatus.ACTIVE && deviceStatus == DeviceStatus.REGISTERED;
    }

    /** The key of what the venue's page says of the device: online or offline while registered, or its status. */
    public String conditionKey() {
        return DeviceView.conditionKey(deviceStatus, online);
    }

    /** The key of why a device at the door is not standing: its venue's code suspended, or its own status. */
    public String whyKey() {
        return status == DeploymentStatus.SUSPENDED ? "deployment.SUSPENDED" : "device.status." + deviceStatus.name();
    }
}
