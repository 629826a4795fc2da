package org.sitepass.devices.control;

import org.sitepass.devices.entity.Device;

/** Which Keycloak client a device speaks as: what the steps around a Keycloak call carry between transactions. */
public record DeviceClient(long deviceId, String clientId) {

    static DeviceClient of(Device device) {
        return new DeviceClient(device.getId(), device.getClientId());
    }
}
