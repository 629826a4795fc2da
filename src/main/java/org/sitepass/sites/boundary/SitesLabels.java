package org.sitepass.sites.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.control.Categories;

/** Venue categories by name in the page's language, for the site-code pages; districts are the platform's. */
@Named
@RequestScoped
public class SitesLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Categories categories;

    public String category(String code) {
        return categories.find(code).map(c -> c.name(locale())).orElse(code == null ? "" : code);
    }

    public List<VenueCategory> getCategories() {
        return categories.all();
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
