package org.sitepass.platform;

import java.util.Locale;

/** A district of the city, by its GB/T 2260 code. */
public record District(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
