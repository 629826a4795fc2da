package org.sitepass.residents;

import java.util.Locale;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/** The texts of the residents module, by key of its own bundle: the one place that names the bundle. */
public final class ResidentsTexts {

    public static final String BUNDLE = "org.sitepass.residents.messages";

    private ResidentsTexts() {
    }

    /** A text to show a person, rendered later in the reader's language. */
    public static ModuleText text(String key, Object... arguments) {
        return new ModuleText(BUNDLE, key, arguments);
    }

    /** A text rendered now, where the language is already known (a chart, a file, a poster). */
    public static String in(Locale locale, String key) {
        return Languages.text(BUNDLE, locale, key);
    }

    /** A change the state of a record does not allow (409), typed by its subject ({@code binding}), saying why. */
    public static RequestRefused conflict(String subject, String key, Object... arguments) {
        return RequestRefused.conflict(subject, text(key, arguments));
    }
}
