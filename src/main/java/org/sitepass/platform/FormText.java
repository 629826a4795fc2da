package org.sitepass.platform;

import java.util.Locale;

/** Text as a person typed it into a form field, on a page, in a spreadsheet or through the API. */
public final class FormText {

    private FormText() {
    }

    /** Empty fields mean "not given", not "given as empty"; what is given loses the spaces around it. */
    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A code people type in either case, such as a unified social credit code: as given, in capitals. */
    public static String givenInCapitals(String value) {
        String given = given(value);
        return given == null ? null : given.toUpperCase(Locale.ROOT);
    }
}
