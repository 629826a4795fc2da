package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Set;
import org.sitepass.platform.Incidents;
import org.sitepass.platform.Languages;

/**
 * Every error the container answers (web.xml error pages) comes here: API paths get problem+json, pages get
 * the error page of the status. Refusals (401, 403) are audited. The 401 of an invalid bearer token is written
 * by the container before JAX-RS runs, which is why this cannot be left to an ExceptionMapper.
 */
@WebServlet(ErrorDispatchServlet.PATH)
public class ErrorDispatchServlet extends HttpServlet {

    static final String PATH = "/errors/dispatch";
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 413, 500);

    @Inject
    transient AccessDenials accessDenials;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        logUnexpected(request, status);
        if (status == 401 || status == 403) {
            accessDenials.record(request.getMethod(), path, status);
        }
        if (path != null && isApiPath(request.getContextPath(), path)) {
            response.resetBuffer();
            Problem.of(status, Languages.choose(Collections.list(request.getLocales())))
                    .instance(path)
                    .writeTo(response);
            return;
        }
        response.setStatus(status);
        int page = PAGES.contains(status) ? status : pageFor(status);
        request.getRequestDispatcher("/errors/" + page + ".xhtml").forward(request, response);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer number && number >= 400 ? number : 500;
    }

    private static int pageFor(int status) {
        if (status == 401) {
            return 403;
        }
        return status < 500 ? 400 : 500;
    }

    /** The raw request URI, decoded and without path parameters, so {@code /api;x/} or {@code /%61pi/} count. */
    static boolean isApiPath(String contextPath, String rawUri) {
        String path;
        try {
            path = URI.create(rawUri.replaceAll(";[^/]*", "")).getPath();
        } catch (IllegalArgumentException e) {
            path = rawUri;
        }
        return path.startsWith(contextPath + RoutingAuthenticationMechanism.API_PREFIX);
    }

    private static void logUnexpected(HttpServletRequest request, int status) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && error instanceof Throwable throwable) {
            Incidents.log(throwable);
        }
    }
}
