package org.sitepass.inspections.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.LabelContribution;

/** The inspection codes by name, from the module's bundle. */
@ApplicationScoped
public class InspectionsCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return InspectionsTexts.BUNDLE;
    }
}
