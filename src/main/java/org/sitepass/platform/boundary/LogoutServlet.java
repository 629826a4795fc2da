package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/**
 * Ends the page session and then, through Keycloak's end-session endpoint (RP-initiated logout with the ID token
 * as hint), the single sign-on session; Keycloak then sends the browser to the public goodbye page.
 * POST only, and only with the session's logout token from the page's logout form ({@code logoutToken}), so that
 * neither a link nor a form on another site can log anyone out.
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    static final String PATH = "/logout";
    static final String GOODBYE = "/goodbye.xhtml";
    static final String TOKEN_PARAMETER = "logoutToken";
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Inject
    transient AuditTrail auditTrail;

    @Inject
    transient OidcProvider provider;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PageLogin login = session == null ? null : (PageLogin) session.getAttribute(PageLogin.ATTRIBUTE);
        if (login == null) {
            response.sendRedirect(request.getContextPath() + GOODBYE);
            return;
        }
        if (!login.logoutTokenMatches(request.getParameter(TOKEN_PARAMETER))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String goodbye = PageLoginMechanism.baseUrl(request) + GOODBYE;
        auditTrail.record(AuditRecord.success("LOGOUT", "session", login.principal().getName()));
        request.logout();
        session.invalidate();
        try {
            response.sendRedirect(provider.endSessionUrl(login.tokens().idToken(), goodbye));
        } catch (OidcException e) {
            LOG.log(Level.WARNING, "Logged out of SitePass only, Keycloak is unreachable: {0}", e.getMessage());
            response.sendRedirect(goodbye);
        }
    }
}
