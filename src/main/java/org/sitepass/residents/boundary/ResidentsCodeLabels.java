package org.sitepass.residents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.platform.LabelContribution;
import org.sitepass.residents.ResidentsTexts;

/** The residents module's codes by name (document types, sexes), from the module's bundle. */
@ApplicationScoped
public class ResidentsCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return ResidentsTexts.BUNDLE;
    }
}
