package org.sitepass.inspections.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.entity.Signal;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.Labels;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;

/** Names the inspection pages show for codes: venue categories in the page's language, and the fixed lists. */
@Named
@RequestScoped
public class InspectionsLabels {

    @Inject
    Sites sites;

    @Inject
    Labels labels;

    private List<VenueCategory> categories;

    public String category(String code) {
        return labels.of(VenueCategory.LABEL_KIND, code, locale());
    }

    public List<VenueCategory> getCategories() {
        if (categories == null) {
            categories = sites.categories();
        }
        return categories;
    }

    /** A text of the inspection pages with its number filled in, where an attribute cannot hold a format. */
    public String text(String key, Object argument) {
        return InspectionsTexts.text(key, argument).in(locale());
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public Signal[] getSignals() {
        return Signal.values();
    }

    public VenueCategory.RiskLevel[] getRiskLevels() {
        return VenueCategory.RiskLevel.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
