package org.sitepass.sites.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.Labels;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.control.Categories;

/** Venue categories by name in the page's language, for the site-code pages; districts are the platform's. */
@Named
@RequestScoped
public class SitesLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Categories categories;

    @Inject
    transient Labels labels;

    public String category(String code) {
        return labels.of(VenueCategory.LABEL_KIND, code, locale());
    }

    public List<VenueCategory> getCategories() {
        return categories.all();
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
