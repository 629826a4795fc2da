package org.sitepass.devices.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a vendor loads into a device, shown once: SitePass keeps no copy of the secret.
 *
 * @param tokenUrl where the device asks for tokens with the client-credentials grant
 */
@Schema(name = "IssuedCredentials")
public record IssuedCredentials(long deviceId, String clientId, String clientSecret, String tokenUrl) {
}
