package org.sitepass.devices.control;

/**
 * Which Keycloak client a device speaks as: what the steps around a Keycloak call carry between transactions. The
 * registration token is SitePass's right over that client, opened from its sealed column; null for a device registered
 * before SitePass kept one.
 */
public record DeviceClient(long deviceId, String serial, String clientId, String registrationToken) {

    /** The token never reaches a log through this record. */
    @Override
    public String toString() {
        return "DeviceClient[" + deviceId + ", " + clientId + "]";
    }
}
