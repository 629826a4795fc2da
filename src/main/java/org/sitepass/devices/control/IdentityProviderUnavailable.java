package org.sitepass.devices.control;

import org.sitepass.devices.DevicesTexts;
import org.sitepass.platform.RequestRefused;

/**
 * Keycloak did not do what a device's credentials needed. What the database holds is already committed and says
 * what is left to do (see {@link org.sitepass.devices.entity.DeviceStatus}); the same request again finishes it.
 */
public class IdentityProviderUnavailable extends RequestRefused {

    private static final int SERVICE_UNAVAILABLE = 503;

    public IdentityProviderUnavailable(String key) {
        super(SERVICE_UNAVAILABLE, "urn:sitepass:problem:identity-provider-unavailable", DevicesTexts.text(key));
    }
}
