package org.sitepass.devices.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.platform.LabelContribution;

/** The device codes by name, from the module's bundle. */
@ApplicationScoped
public class DevicesCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return DevicesTexts.BUNDLE;
    }
}
