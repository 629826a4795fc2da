package org.sitepass.inspections;

import java.util.Locale;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/** The texts of the inspections module, by key of its own bundle: the one place that names the bundle. */
public final class InspectionsTexts {

    public static final String BUNDLE = "org.sitepass.inspections.messages";

    private InspectionsTexts() {
    }

    /** A text to show a person, rendered later in the reader's language. */
    public static ModuleText text(String key, Object... arguments) {
        return new ModuleText(BUNDLE, key, arguments);
    }

    /** A text rendered now, where the language is already known (a chart, a file, a poster). */
    public static String in(Locale locale, String key) {
        return Languages.text(BUNDLE, locale, key);
    }

    /** A change the order's state does not allow (409), saying why. */
    public static RequestRefused conflict(String key, Object... arguments) {
        return RequestRefused.conflict("order", text(key, arguments));
    }
}
