package org.sitepass.devices.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.devices.entity.Device;
import org.sitepass.platform.LabelContribution;

/** The device codes by name, from the module's bundle. */
@ApplicationScoped
public class DevicesCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return Device.BUNDLE;
    }
}
