package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.Languages;

/**
 * Every error the container answers (web.xml error pages) comes here: API paths get problem+json, pages get
 * the error page of the status. Refusals (401, 403) are audited. The 401 of an invalid bearer token is written
 * by the container before JAX-RS runs, which is why this cannot be left to an ExceptionMapper.
 */
@WebServlet(ErrorDispatchServlet.PATH)
public class ErrorDispatchServlet extends HttpServlet {

    static final String PATH = "/errors/dispatch";
    private static final Set<Integer> PAGES = Set.of(403, 404, 500);
    private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());

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
        if (path != null && path.startsWith(request.getContextPath() + RoutingAuthenticationMechanism.API_PREFIX)) {
            response.resetBuffer();
            Problem.of(status, Languages.choose(Collections.list(request.getLocales())))
                    .instance(path)
                    .writeTo(response);
            return;
        }
        response.setStatus(status);
        int page = PAGES.contains(status) ? status : (status == 401 ? 403 : 500);
        request.getRequestDispatcher("/errors/" + page + ".xhtml").forward(request, response);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer number && number >= 400 ? number : 500;
    }

    private static void logUnexpected(HttpServletRequest request, int status) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && error instanceof Throwable throwable) {
            LOG.log(Level.SEVERE, "request failed: " + throwable.getClass().getName(), throwable);
        }
    }
}
