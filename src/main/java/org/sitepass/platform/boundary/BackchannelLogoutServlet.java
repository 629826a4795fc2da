package org.sitepass.platform.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout: Keycloak posts a signed logout token here when a Keycloak session ends
 * (logout elsewhere, an administrator ending it, the user disabled), and the page sessions of that session end.
 * A token that does not verify is answered 400 (section 2.8 of the specification) and ends nothing.
 */
@WebServlet(BackchannelLogoutServlet.PATH)
public class BackchannelLogoutServlet extends HttpServlet {

    static final String PATH = "/backchannel-logout";
    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());

    @Inject
    transient OidcProvider provider;

    @Inject
    transient PageSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            JWTClaimsSet claims = provider.verifyLogoutToken(token);
            int ended = sessions.end(claims.getStringClaim("sid"));
            LOG.log(Level.FINE, "Back-channel logout ended {0} page session(s)", ended);
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (OidcException | ParseException e) {
            LOG.log(Level.INFO, "A back-channel logout token was refused: {0}", e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
