package org.sitepass.platform.control;

/** How personal identifiers are shown on pages and in API answers. */
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
