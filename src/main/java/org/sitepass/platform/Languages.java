package org.sitepass.platform;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The languages SitePass speaks: Chinese first, English one click away. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    public static final String PLATFORM_BUNDLE = "org.sitepass.platform.messages";

    private Languages() {
    }

    /** The supported language closest to what the client asked for, in its order of preference. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if ("*".equals(wanted.getLanguage())) {
                return CHINESE;
            }
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return CHINESE;
    }

    /** Looks up the supported language by its tag ({@code zh-CN}, {@code en}); Chinese when unknown. */
    public static Locale byTag(String tag) {
        return tag == null ? CHINESE : choose(List.of(Locale.forLanguageTag(tag)));
    }

    /** A text of the given module bundle in the given language; the key itself when missing. */
    public static String text(String bundle, Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String platformText(Locale locale, String key) {
        return text(PLATFORM_BUNDLE, locale, key);
    }
}
