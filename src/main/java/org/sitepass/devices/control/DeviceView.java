package org.sitepass.devices.control;

import java.time.Instant;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.sites.VenueRef;

/**
 * A device as its vendor's fleet view shows it, with the venue it stands at or is proposed for.
 *
 * @param stoppedBy  for a STOPPED device, which certificate stopped it and why ({@code VENDOR_SUSPENDED},
 *                   {@code MODEL_EXPIRED}...), or null
 * @param inService  whether it is not (being) decommissioned
 * @param decommissionable whether it may be decommissioned, or decommissioned again to finish
 * @param rotatable  whether its client exists and is in use, so that its secret can be rotated
 * @param deployable whether it is registered and has no open deployment, so it can be proposed to a venue
 * @param deployment the open deployment's status ({@code PROPOSED}, {@code ACTIVE}, {@code SUSPENDED}), or null
 */
public record DeviceView(long id, String serial, long modelId, String clientId, DeviceStatus status, String stoppedBy,
                         boolean inService, boolean decommissionable, boolean rotatable, boolean deployable,
                         boolean online, Instant registeredAt, Instant lastSeenAt, String firmwareVersion,
                         Integer queueLength, Long clockDriftMs, Long deploymentId, DeploymentStatus deployment,
                         String venueName, String codeNumber, String entrance) {

    static DeviceView of(Device d, Instant onlineCutoff, Deployment open, VenueRef venue) {
        return new DeviceView(d.getId(), d.getSerial(), d.getModelId(), d.getClientId(), d.getStatus(),
                d.stoppedBy(), d.isInService(), d.isDecommissionable(), d.isRotatable(),
                d.isDeployable() && open == null, d.isOnline(onlineCutoff), d.getRegisteredAt(), d.getLastSeenAt(),
                d.getFirmwareVersion(), d.getQueueLength(), d.getClockDriftMs(), open == null ? null : open.getId(),
                open == null ? null : open.getStatus(), venue == null ? null : venue.name(),
                venue == null ? null : venue.codeNumber(), open == null ? null : open.getEntrance());
    }

    /** The key of what the fleet page says of it: online or offline while registered, otherwise its status. */
    public String conditionKey() {
        return conditionKey(status, online);
    }

    static String conditionKey(DeviceStatus status, boolean online) {
        if (status == DeviceStatus.REGISTERED) {
            return online ? "device.online" : "device.offline";
        }
        return status == DeviceStatus.DECOMMISSIONED ? "device.decommissioned" : "device.status." + status.name();
    }
}
