package org.sitepass.sites.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitepass.platform.Languages;
import org.sitepass.sites.SitesTexts;

/** The columns of a batch file, each with its English key, Chinese header and form field. */
public enum VenueSheetColumn {
    NAME("name", "name"),
    CATEGORY("category", "categoryCode"),
    DISTRICT("district", "districtCode"),
    STREET("street", "streetCode"),
    ADDRESS("address", "address"),
    LATITUDE("latitude", "latitude"),
    LONGITUDE("longitude", "longitude"),
    OPERATOR_NAME("operator_name", "operatorName"),
    OPERATOR_CREDIT_CODE("operator_credit_code", "operatorCreditCode"),
    RESPONSIBLE_PERSON("responsible_person", "responsiblePerson"),
    CONTACT_MOBILE("contact_mobile", "contactMobile"),
    ENTRANCES("entrances", "entrances"),
    EXPECTED_DAILY_VISITORS("expected_daily_visitors", "expectedDailyVisitors");

    private static final Map<String, VenueSheetColumn> BY_HEADER = new HashMap<>();

    static {
        for (VenueSheetColumn column : values()) {
            BY_HEADER.put(column.key, column);
            BY_HEADER.put(column.headerZh(), column);
        }
    }

    private final String key;
    private final String property;

    VenueSheetColumn(String key, String property) {
        this.key = key;
        this.property = property;
    }

    public String key() {
        return key;
    }

    /** The Chinese header, from the bundle: the same words the page's instructions use. */
    public String headerZh() {
        return SitesTexts.in(Languages.CHINESE, "sheet.column." + key);
    }

    /** How a person who uploaded the file knows the column: its Chinese header, or its English key. */
    public String label(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? key : headerZh();
    }

    /** The column that feeds a field of {@link VenueForm}, to report a field's problem by its column. */
    static Optional<VenueSheetColumn> forProperty(String property) {
        return Arrays.stream(values()).filter(c -> c.property.equals(property)).findFirst();
    }

    /** Coordinates are optional because the site office can place a venue from its address. */
    public boolean required() {
        return this != LATITUDE && this != LONGITUDE;
    }

    /**
     * The column a header cell names. Chains write headers by hand as often as they copy our template, so
     * {@code Operator Name} and {@code operator-name} are taken for {@code operator_name}.
     */
    static Optional<VenueSheetColumn> forHeader(String text) {
        String normalised = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Optional.ofNullable(BY_HEADER.get(normalised));
    }
}
