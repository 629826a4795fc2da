package org.sitepass.sites.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of a bulk application file, each with its English key and Chinese header. */
public enum VenueSheetColumn {
    NAME("name", "场所名称"),
    CATEGORY("category", "场所类别"),
    DISTRICT("district", "所属区"),
    STREET("street", "街道镇"),
    ADDRESS("address", "详细地址"),
    LATITUDE("latitude", "纬度"),
    LONGITUDE("longitude", "经度"),
    OPERATOR_NAME("operator_name", "经营主体名称"),
    OPERATOR_CREDIT_CODE("operator_credit_code", "统一社会信用代码"),
    RESPONSIBLE_PERSON("responsible_person", "负责人"),
    CONTACT_MOBILE("contact_mobile", "联系手机"),
    ENTRANCES("entrances", "出入口数量"),
    EXPECTED_DAILY_VISITORS("expected_daily_visitors", "日均预计人流");

    private static final Map<String, VenueSheetColumn> BY_HEADER = new HashMap<>();

    static {
        for (VenueSheetColumn column : values()) {
            BY_HEADER.put(column.key, column);
            BY_HEADER.put(column.headerZh, column);
        }
    }

    private final String key;
    private final String headerZh;

    VenueSheetColumn(String key, String headerZh) {
        this.key = key;
        this.headerZh = headerZh;
    }

    public String key() {
        return key;
    }

    public String headerZh() {
        return headerZh;
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
