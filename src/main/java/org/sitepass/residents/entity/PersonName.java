package org.sitepass.residents.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name as the registry compares it: what people type differs from what the source holds only in width,
 * spacing, letter case and the middle dot of names such as 阿卜杜·热合曼, which keyboards write in several ways.
 */
public final class PersonName {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DOTS = Pattern.compile("[\\u00B7\\u2022\\u2027\\u30FB\\uFF0E\\u0387.]");

    private PersonName() {
    }

    public static String normalised(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        text = SPACES.matcher(text).replaceAll(" ");
        return DOTS.matcher(text).replaceAll("\u00B7").toUpperCase(Locale.ROOT);
    }
}
