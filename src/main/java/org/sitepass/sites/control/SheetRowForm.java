package org.sitepass.sites.control;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitepass.platform.District;
import org.sitepass.platform.Districts;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.Street;
import org.sitepass.sites.VenueCategory;

/**
 * Turns a row of a batch file into a venue form. People type names, not codes, in spreadsheets: a category,
 * district or street may be given by code or by its Chinese or English name.
 */
final class SheetRowForm {

    private final Districts districts;
    private final Categories categories;
    private final Map<VenueSheetColumn, String> unreadable = new EnumMap<>(VenueSheetColumn.class);
    private final Locale locale;

    SheetRowForm(Districts districts, Categories categories, Locale locale) {
        this.districts = districts;
        this.categories = categories;
        this.locale = locale;
    }

    VenueForm read(VenueSheetRow row) {
        VenueForm form = new VenueForm();
        form.setName(row.cell(VenueSheetColumn.NAME));
        form.setCategoryCode(category(row.cell(VenueSheetColumn.CATEGORY)));
        String district = district(row.cell(VenueSheetColumn.DISTRICT));
        form.setDistrictCode(district);
        form.setStreetCode(street(district, row.cell(VenueSheetColumn.STREET)));
        form.setAddress(row.cell(VenueSheetColumn.ADDRESS));
        form.setLatitude(decimal(row, VenueSheetColumn.LATITUDE));
        form.setLongitude(decimal(row, VenueSheetColumn.LONGITUDE));
        form.setOperatorName(row.cell(VenueSheetColumn.OPERATOR_NAME));
        form.setOperatorCreditCode(row.cell(VenueSheetColumn.OPERATOR_CREDIT_CODE));
        form.setResponsiblePerson(row.cell(VenueSheetColumn.RESPONSIBLE_PERSON));
        form.setContactMobile(row.cell(VenueSheetColumn.CONTACT_MOBILE));
        form.setEntrances(whole(row, VenueSheetColumn.ENTRANCES));
        form.setExpectedDailyVisitors(whole(row, VenueSheetColumn.EXPECTED_DAILY_VISITORS));
        return form;
    }

    /** Cells that could not even be read as their type, and why. */
    Map<VenueSheetColumn, String> unreadable() {
        return unreadable;
    }

    private String category(String text) {
        return categories.all().stream()
                .filter(c -> c.code().equalsIgnoreCase(text) || c.nameZh().equals(text)
                        || c.nameEn().equalsIgnoreCase(text))
                .map(VenueCategory::code).findFirst().orElse(text.isEmpty() ? null : text.toUpperCase(Locale.ROOT));
    }

    private String district(String text) {
        return districts.all().stream()
                .filter(d -> d.code().equals(text) || d.nameZh().equals(text) || d.nameEn().equalsIgnoreCase(text))
                .map(District::code).findFirst().orElse(text.isEmpty() ? null : text);
    }

    private String street(String districtCode, String text) {
        Optional<Street> named = districtCode == null ? Optional.empty() : districts.streetsOf(districtCode).stream()
                .filter(s -> s.nameZh().equals(text) || s.nameEn().equalsIgnoreCase(text)).findFirst();
        return named.map(Street::code).orElse(text.isEmpty() ? null : text);
    }

    private BigDecimal decimal(VenueSheetRow row, VenueSheetColumn column) {
        String text = row.cell(column);
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            notANumber(column);
            return null;
        }
    }

    private Integer whole(VenueSheetRow row, VenueSheetColumn column) {
        String text = row.cell(column);
        try {
            return text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            notANumber(column);
            return null;
        }
    }

    private void notANumber(VenueSheetColumn column) {
        unreadable.put(column, ModuleText.validation("sites.validation.number").in(locale));
    }
}
