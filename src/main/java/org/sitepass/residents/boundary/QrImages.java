package org.sitepass.residents.boundary;

import com.google.zxing.common.BitMatrix;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.sitepass.platform.QrModules;

/**
 * Draws a code's payload as an SVG QR image for a phone page, as a {@code data:} address (the pages' content
 * security policy allows images from data, not inline markup). One square path per module row keeps it small; error
 * correction level M, as posters use, keeps modules large on a small screen; the quiet zone is the standard four.
 */
final class QrImages {

    private static final int QUIET_ZONE = 4;

    private QrImages() {
    }

    static String dataUri(String payload) {
        BitMatrix modules = QrModules.encode(payload, QUIET_ZONE);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.US_ASCII));
    }
}
