package org.sitepass.residents.boundary;

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
import org.sitepass.residents.control.CardFormat;
import org.sitepass.residents.control.OfflineCodes;

/**
 * Card downloads for the pages, which are logged in by session rather than by bearer token: an officer's
 * {@code /residents/offline/cards/{id}.pdf?format=A6|A4} and a resident's own {@code /residents/me/offline-card.pdf}.
 * Same rules as the API.
 */
@WebServlet({"/residents/offline/cards/*", OfflineCardServlet.MINE})
public class OfflineCardServlet extends HttpServlet {

    static final String MINE = "/residents/me/offline-card.pdf";
    private static final long serialVersionUID = 1L;
    private static final Pattern ONE = Pattern.compile("/([0-9]{1,18})\\.pdf");

    @Inject
    transient OfflineCodes codes;

    @Inject
    transient CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format") == null ? CardFormat.A6.name() : request.getParameter("format");
        if (!format.matches(OfflineCodesResource.FORMATS)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CardFormat size = CardFormat.valueOf(format);
        Optional<byte[]> card;
        String name;
        try {
            if (MINE.equals(request.getServletPath())) {
                card = codes.myCard(caller.get(), size);
                name = "offline-code-" + format + ".pdf";
            } else {
                Matcher m = ONE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
                if (!m.matches()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                card = codes.card(caller.get(), Long.parseLong(m.group(1)), size);
                name = "offline-code-" + m.group(1) + "-" + format + ".pdf";
            }
        } catch (RequestRefused voidOrUnbound) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        if (card.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download.attachment(OfflineCodesResource.PDF, name).applyTo(response);
        response.getOutputStream().write(card.get());
    }
}
