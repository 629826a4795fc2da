package org.sitepass.tracing.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitepass.sites.Sites;

/**
 * Where a poster's QR leads a phone's camera: {@code /c/<signed payload>}. A resident only (web.xml): an anonymous
 * phone logs in first and comes back here. What follows the path is checked to be one payload of site-code
 * characters and nothing else, and the person always goes to the check-in page of this application, never to an
 * address the link could name; the page verifies the signature.
 */
@WebServlet(Sites.LINK_PATH + "*")
public class PosterLinkServlet extends HttpServlet {

    static final String CHECK_IN_PAGE = "/tracing/me/check-in.xhtml";
    /** The payload's characters: base64url, the code number's digits and dashes, the dots between its parts. */
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> payload = payload(request.getPathInfo());
        if (payload.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + CHECK_IN_PAGE + "?code="
                + URLEncoder.encode(payload.get(), StandardCharsets.US_ASCII));
    }

    /** The payload of the link's path ({@code /<payload>} after the servlet's path), if it has a payload's form. */
    static Optional<String> payload(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String payload = pathInfo.substring(1);
        return PAYLOAD.matcher(payload).matches() ? Optional.of(payload) : Optional.empty();
    }
}
