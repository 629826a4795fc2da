package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/**
 * Ends the SitePass session and, through the OpenID Connect mechanism's logout (which notifies Keycloak),
 * the single sign-on session; Keycloak then sends the browser to the public goodbye page.
 * POST only, so that a link on another site cannot log anyone out.
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    static final String PATH = "/logout";
    static final String GOODBYE = "/goodbye.xhtml";

    @Inject
    transient AuditTrail auditTrail;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            auditTrail.record(AuditRecord.success("LOGOUT", "session", request.getUserPrincipal().getName()));
            request.logout();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + GOODBYE);
        }
    }
}
