package org.sitepass.sites;

import java.util.Locale;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/** The texts of the site-code module, by key of its own bundle: the one place that names the bundle. */
public final class SitesTexts {

    public static final String BUNDLE = "org.sitepass.sites.messages";

    private SitesTexts() {
    }

    /** A text to show a person, rendered later in the reader's language. */
    public static ModuleText text(String key, Object... arguments) {
        return new ModuleText(BUNDLE, key, arguments);
    }

    /** A text rendered now, where the language is already known (a chart, a file, a poster). */
    public static String in(Locale locale, String key) {
        return Languages.text(BUNDLE, locale, key);
    }

    /** A change the site-code's state does not allow (409), saying why. */
    public static RequestRefused conflict(String key, Object... arguments) {
        return RequestRefused.conflict("site-code", text(key, arguments));
    }
}
