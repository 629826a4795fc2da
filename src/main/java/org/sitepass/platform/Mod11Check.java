package org.sitepass.platform;

/**
 * The ISO 7064 MOD 11-2 check character, as GB 11643-1999 puts it at the end of a resident ID card's number (and
 * SitePass at the end of a site code's number): weights 2^(n-i) mod 11, check (12 - sum mod 11) mod 11, 10 written X.
 */
public final class Mod11Check {

    private Mod11Check() {
    }

    /** The check character of a string of digits. */
    public static char of(String digits) {
        int sum = 0;
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            int weight = (1 << (n - i)) % 11;
            sum += (digits.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** Whether the last character of the value is the check character of the digits before it. */
    public static boolean holds(String value) {
        return value.length() > 1 && of(value.substring(0, value.length() - 1)) == value.charAt(value.length() - 1);
    }
}
