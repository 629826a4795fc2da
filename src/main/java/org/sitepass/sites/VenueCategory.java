package org.sitepass.sites;

import java.util.Locale;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;

/** A kind of venue, with the risk level that pass rules and inspection planning weigh. */
public record VenueCategory(String code, String nameZh, String nameEn, RiskLevel riskLevel) {

    /** The kind under which {@code Labels} names a category, by its code. */
    public static final String LABEL_KIND = Labels.VENUE_CATEGORY;

    public enum RiskLevel { HIGH, MEDIUM, LOW }

    public String name(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
