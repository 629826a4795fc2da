package org.sitepass.vendors.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.platform.LabelContribution;
import org.sitepass.vendors.VendorsTexts;

/** The vendor and device-model codes by name, from the module's bundle. */
@ApplicationScoped
public class VendorsCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return VendorsTexts.BUNDLE;
    }
}
