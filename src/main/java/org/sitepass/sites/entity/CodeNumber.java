package org.sitepass.sites.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.platform.Mod11Check;

/**
 * The human-readable number of a site code, {@code 310109-0000123-7}: the district's GB/T 2260 code, a sequence
 * within the district, and an ISO 7064 MOD 11-2 check character (as on ID cards), so that an inspector who types
 * it from a poster is told at once when a digit is wrong.
 */
public record CodeNumber(String value) {

    public static final int MAX_SEQUENCE = 9_999_999;
    private static final Pattern SHAPE = Pattern.compile("([0-9]{6})-?([0-9]{7})-?([0-9X])");

    public static CodeNumber of(String districtCode, long sequence) {
        if (!districtCode.matches("[0-9]{6}") || sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("no code number for district " + districtCode + " #" + sequence);
        }
        String digits = districtCode + String.format("%07d", sequence);
        return new CodeNumber(districtCode + "-" + digits.substring(6) + "-" + checkCharacter(digits));
    }

    /** Reads a typed or scanned number, tolerating spaces, missing hyphens and a lower-case x. */
    public static Optional<CodeNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.replace(" ", "").toUpperCase());
        if (!m.matches() || checkCharacter(m.group(1) + m.group(2)) != m.group(3).charAt(0)) {
            return Optional.empty();
        }
        return Optional.of(new CodeNumber(m.group(1) + "-" + m.group(2) + "-" + m.group(3)));
    }

    public String districtCode() {
        return value.substring(0, 6);
    }

    public long sequence() {
        return Long.parseLong(value.substring(7, 14));
    }

    /** ISO 7064 MOD 11-2 over the digits, as on ID cards. */
    static char checkCharacter(String digits) {
        return Mod11Check.of(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
