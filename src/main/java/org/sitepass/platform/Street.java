package org.sitepass.platform;

import java.util.Locale;

/** A sub-district, town or township (街道/镇/乡) of a district, by its 9-digit statistical code. */
public record Street(String code, String districtCode, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
