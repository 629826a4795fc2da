package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.devices.entity.Device;
import org.sitepass.platform.CityTime;

/** How often sentries beat, read once for the module, and the instant after which a device heard counts as online. */
@ApplicationScoped
public class Liveness {

    @Inject
    @ConfigProperty(name = "sitepass.devices.heartbeat-interval", defaultValue = "PT30S")
    Duration heartbeatInterval;

    /** Devices last heard before this instant are offline now; views and queries compare with it alike. */
    public Instant onlineCutoff() {
        return Device.onlineCutoff(CityTime.now(), heartbeatInterval);
    }
}
