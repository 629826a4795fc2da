package org.sitepass.sites.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.control.PosterDownloads;

/**
 * Poster downloads for the pages, which are logged in by session rather than by bearer token:
 * {@code /sites/posters/{venue id}.png|.pdf} and {@code /sites/posters/all.zip}. Same rules as the API.
 */
@WebServlet("/sites/posters/*")
public class PosterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE = Pattern.compile("/([0-9]{1,18})\\.(png|pdf)");

    @Inject
    transient PosterDownloads posters;

    @Inject
    transient CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("/all.zip".equals(path)) {
            Download.attachment(VenuesResource.ZIP, VenuesResource.ZIP_NAME).applyTo(response);
            posters.zip(caller.get(), response.getOutputStream());
            return;
        }
        Matcher m = ONE.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(m.group(1));
        boolean pdf = "pdf".equals(m.group(2));
        try {
            Optional<byte[]> poster = pdf ? posters.pdf(caller.get(), id) : posters.png(caller.get(), id);
            if (poster.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Download.attachment(pdf ? VenuesResource.PDF : VenuesResource.PNG, "site-code-" + id + "." + m.group(2))
                    .applyTo(response);
            response.getOutputStream().write(poster.get());
        } catch (RequestRefused noActiveCode) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }
}
