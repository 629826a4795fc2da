package org.sitepass.inspections.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.inspections.entity.Plan;
import org.sitepass.platform.LabelContribution;

/** The inspection codes by name, from the module's bundle. */
@ApplicationScoped
public class InspectionsCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return Plan.BUNDLE;
    }
}
