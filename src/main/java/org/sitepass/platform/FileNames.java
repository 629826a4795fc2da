package org.sitepass.platform;

/**
 * The one rule for names of uploaded files, which are kept, listed on pages and sent back in download headers.
 * Refused: control characters (line breaks included, so a name cannot split a header or a log line), the Unicode
 * line and paragraph separators, invisible format characters (a right-to-left override turns "txt.exe" into
 * "exe.txt" on screen), path separators and the other characters Windows refuses in names.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    private static final String RESERVED = "<>:*?\"|\\/";

    private FileNames() {
    }

    public static boolean isRefused(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                || codePoint == '\u2028' || codePoint == '\u2029' || RESERVED.indexOf(codePoint) >= 0;
    }

    /**
     * A name as a browser sent it, made fit to keep: its folders dropped (old browsers send the whole path), refused
     * characters replaced, and when too long its end kept, because the end carries the extension.
     */
    public static String kept(String submitted, String fallback) {
        String base = submitted == null ? "" : submitted.substring(Math.max(submitted.lastIndexOf('/'),
                submitted.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().forEach(c -> clean.appendCodePoint(isRefused(c) ? '_' : c));
        String name = clean.toString().strip();
        if (name.isEmpty()) {
            return fallback;
        }
        int excess = name.codePointCount(0, name.length()) - MAX_LENGTH;
        return excess <= 0 ? name : name.substring(name.offsetByCodePoints(0, excess));
    }
}
