package org.sitepass.tracing;

import java.util.Locale;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/** The texts of the tracing module, by key of its own bundle: the one place that names the bundle. */
public final class TracingTexts {

    public static final String BUNDLE = "org.sitepass.tracing.messages";

    private TracingTexts() {
    }

    /** A text to show a person, rendered later in the reader's language. */
    public static ModuleText text(String key, Object... arguments) {
        return new ModuleText(BUNDLE, key, arguments);
    }

    /** A text rendered now, where the language is already known (a device's screen, a file). */
    public static String in(Locale locale, String key) {
        return Languages.text(BUNDLE, locale, key);
    }

    /** A request the state of a record does not allow (409), typed by its subject, saying why. */
    public static RequestRefused conflict(String subject, String key, Object... arguments) {
        return RequestRefused.conflict(subject, text(key, arguments));
    }
}
