package org.sitepass.sites.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitepass.platform.LabelContribution;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.control.Categories;
import org.sitepass.sites.SitesTexts;

/** The site-code module's codes by name: its audit actions and the venue categories. */
@ApplicationScoped
public class SitesCodeLabels implements LabelContribution {

    @Inject
    Categories categories;

    @Override
    public String bundle() {
        return SitesTexts.BUNDLE;
    }

    @Override
    public Optional<String> name(String kind, String code, Locale locale) {
        return VenueCategory.LABEL_KIND.equals(kind) ? categories.find(code).map(c -> c.name(locale))
                : Optional.empty();
    }

    @Override
    public List<String> codes(String kind) {
        return VenueCategory.LABEL_KIND.equals(kind) ? categories.all().stream().map(VenueCategory::code).toList()
                : List.of();
    }
}
