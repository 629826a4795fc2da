package org.sitepass.sites.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.sites.Sites;

/**
 * The poster's QR as a link any phone's camera opens: {@code https://<host>/c/<signed payload>}. The payload inside
 * is what proves the code; the host does not, so a link keeps verifying after the site moves to another address,
 * and a scanner that reads the link gets the same answer as one that reads a bare payload printed earlier.
 */
public final class SiteCodeLink {

    /** Any http(s) address whose path ends in the link's path and one segment of payload characters. */
    private static final Pattern LINK = Pattern.compile(
            "https?://[^/?#\\s]+(?:/[^?#\\s]*)?" + Pattern.quote(Sites.LINK_PATH) + "([A-Za-z0-9._-]+)");

    private SiteCodeLink() {
    }

    /** The link to put on a poster, under the site's public address. */
    public static String of(String publicUrl, String payload) {
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + Sites.LINK_PATH + payload;
    }

    /** The payload a scan carries: from a link, its last path segment; anything else as it was read. */
    public static String payloadOf(String scanned) {
        if (scanned == null) {
            return null;
        }
        Matcher link = LINK.matcher(scanned.strip());
        return link.matches() ? link.group(1) : scanned;
    }
}
