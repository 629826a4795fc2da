package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/**
 * Ends the SitePass session and the Keycloak single sign-on session, then lands on the public goodbye page.
 * POST only, so that a link on another site cannot log anyone out.
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    static final String PATH = "/logout";
    static final String GOODBYE = "/goodbye.xhtml";

    @Inject
    transient OpenIdContext openIdContext;

    @Inject
    transient AuditTrail auditTrail;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String goodbye = baseUrl(request) + GOODBYE;
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(goodbye);
            return;
        }
        String idToken = openIdContext.getIdentityToken().getToken();
        String endSession = openIdContext.getProviderMetadata().getString("end_session_endpoint");
        auditTrail.record(AuditRecord.success("LOGOUT", "session", request.getUserPrincipal().getName()));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(endSession + "?id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(goodbye));
    }

    static String baseUrl(HttpServletRequest request) {
        return request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
