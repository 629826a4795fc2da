package org.sitepass.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.District;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;
import org.sitepass.platform.Street;

/**
 * For every module's pages: codes by name in the page's language ({@link Labels}), the districts and streets to
 * choose from, and times in Shanghai time.
 */
@Named
@RequestScoped
public class PlatformLabels {

    @Inject
    Districts districts;

    @Inject
    Labels labels;

    /** A code of the given kind ({@code action}, {@code role}, {@code category}...) by name. */
    public String of(String kind, String code) {
        return labels.of(kind, code, locale());
    }

    public String district(String code) {
        return of(Labels.DISTRICT, code);
    }

    public String street(String code) {
        return of(Labels.STREET, code);
    }

    public String role(String code) {
        return of(Labels.ROLE, code);
    }

    /** Roles as the audit trail lists them, comma-separated, by name. */
    public String roles(String codes) {
        return codes == null || codes.isBlank() ? "" : Arrays.stream(codes.split(","))
                .map(this::role).collect(Collectors.joining(separator()));
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

    private String separator() {
        return Languages.platformText(locale(), "list.separator");
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
