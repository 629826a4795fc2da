package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.control.DeniedRequests;

/**
 * Every refused request, from the container or from the API, is audited (repeated ones from one source summed up,
 * see {@link DeniedRequests}). The path is stored as the client could have sent it, percent-encoded, and without
 * invisible format characters, so that a path cannot make an entry read as something else (bidi overrides).
 */
@ApplicationScoped
public class AccessDenials {

    /** What RFC 3986 allows in a path unencoded, less {@code %}, which is encoded so that decoding is exact. */
    private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/";

    @Inject
    DeniedRequests deniedRequests;

    @Inject
    CurrentCaller currentCaller;

    /**
     * @param path the decoded path without query string: queries may carry search terms that are nobody's business
     */
    public void record(String method, String path, int status) {
        deniedRequests.record(currentCaller.get(), currentCaller.clientAddress(),
                encoded(method) + " " + encoded(path), status);
    }

    /** Drops Unicode format characters (category Cf) and percent-encodes all but plain path characters. */
    static String encoded(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder encoded = new StringBuilder();
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return encoded.toString();
    }
}
