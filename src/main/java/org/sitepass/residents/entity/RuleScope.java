package org.sitepass.residents.entity;

/** Who a pass rule binds: the whole city (set by a city-level officer) or one district (stricter, set by it). */
public enum RuleScope {
    CITY, DISTRICT;

    /** The district code a city-level officer carries and a city rule is filed under: Shanghai as a whole. */
    public static final String CITY_DISTRICT = "310000";

    public static RuleScope of(String districtCode) {
        return CITY_DISTRICT.equals(districtCode) ? CITY : DISTRICT;
    }
}
