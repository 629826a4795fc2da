package org.sitepass.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.District;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Street;

/** For every module's pages: districts and streets by name in the page's language, and times in Shanghai time. */
@Named
@RequestScoped
public class PlatformLabels {

    @Inject
    Districts districts;

    public String district(String code) {
        return districts.district(code).map(d -> d.name(locale())).orElse(code == null ? "" : code);
    }

    public String street(String code) {
        return districts.street(code).map(s -> s.name(locale())).orElse(code == null ? "" : code);
    }

    public List<District> getDistricts() {
        return districts.all();
    }

    public List<Street> streetsOf(String districtCode) {
        return districtCode == null ? List.of() : districts.streetsOf(districtCode);
    }

    public String time(Instant instant) {
        return CityTime.display(instant);
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
