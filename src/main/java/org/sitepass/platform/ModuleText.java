package org.sitepass.platform;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A text a module wants shown to a person, by key of its own bundle, rendered late in the reader's language:
 * the same refusal reads in Chinese for one clerk and in English for the next.
 */
public record ModuleText(String bundle, String key, Object... arguments) {

    /** The bundle Bean Validation reads its messages from, shared by every module's field rules. */
    public static final String VALIDATION_BUNDLE = "ValidationMessages";

    /** A field rule's message, for the rules a module checks by hand: the same text Bean Validation would show. */
    public static ModuleText validation(String key, Object... arguments) {
        return new ModuleText(VALIDATION_BUNDLE, key, arguments);
    }

    public String in(Locale locale) {
        String pattern = Languages.text(bundle, locale, key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
