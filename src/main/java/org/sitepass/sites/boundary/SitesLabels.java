package org.sitepass.sites.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.District;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Street;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.control.Categories;

/** Names of codes (districts, streets, categories) and times for the site-code pages, in the page's language. */
@Named
@RequestScoped
public class SitesLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Districts districts;

    @Inject
    transient Categories categories;

    public String district(String code) {
        return districts.district(code).map(d -> d.name(locale())).orElse(code == null ? "" : code);
    }

    public String street(String code) {
        return districts.street(code).map(s -> s.name(locale())).orElse(code == null ? "" : code);
    }

    public String category(String code) {
        return categories.find(code).map(c -> c.name(locale())).orElse(code == null ? "" : code);
    }

    public String time(Instant instant) {
        return CityTime.display(instant);
    }

    public List<District> getDistricts() {
        return districts.all();
    }

    public List<Street> streetsOf(String districtCode) {
        return districtCode == null ? List.of() : districts.streetsOf(districtCode);
    }

    public List<VenueCategory> getCategories() {
        return categories.all();
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
