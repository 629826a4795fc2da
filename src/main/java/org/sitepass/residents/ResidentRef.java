package org.sitepass.residents;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opaque reference to a resident: the only identifier of a person that other modules, pass records and QR codes
 * carry. Random, so it reveals nothing of the person and cannot be guessed from a document number.
 */
public record ResidentRef(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22}");

    public ResidentRef {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a resident reference");
        }
    }

    /** Whether a scanned or posted text has the form of a reference, before it is looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
