package org.sitepass.platform;

/**
 * How personal identifiers are shown on pages, in API answers and in any text a value prints (its
 * {@code toString}): in the platform's API so that value objects of every module mask the same way.
 */
public final class Masks {

    private static final char MASK = '*';

    private Masks() {
    }

    /** {@code 310101199001011234} becomes {@code 310***********1234}. */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 3, 4);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String mobile(String mobile) {
        return keepEnds(mobile, 3, 4);
    }

    /** {@code 张三丰} becomes {@code 张**}: the family name stays, the given name goes. */
    public static String personName(String name) {
        return keepEnds(name, 1, 0);
    }

    /**
     * {@code 张三丰} becomes {@code 张*三}: the first and the last character stay, as residents' names are shown
     * (issue 12); a two-character name keeps only its first ({@code 张*}), or it would show whole.
     */
    public static String personNameKeepingEnds(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= 2) {
            return personName(name);
        }
        return keepEnds(name, 1, 1);
    }

    /**
     * {@code H12345678} becomes {@code H******78}: a document number shorter than an ID card's (a travel permit, a
     * passport) keeps its first character (the kind of document) and its last two, since the ID card's mask would
     * show most of it.
     */
    public static String shortDocumentNumber(String number) {
        return keepEnds(number, 1, 2);
    }

    static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        int[] codePoints = value.codePoints().toArray();
        if (codePoints.length <= head + tail) {
            return String.valueOf(MASK).repeat(codePoints.length);
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < codePoints.length; i++) {
            boolean visible = i < head || i >= codePoints.length - tail;
            masked.appendCodePoint(visible ? codePoints[i] : MASK);
        }
        return masked.toString();
    }
}
