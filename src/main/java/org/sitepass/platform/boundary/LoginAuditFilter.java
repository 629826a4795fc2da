package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/**
 * Records each page login once, on the first request of its session authenticated as that person. API calls
 * are not logins: each carries its own token.
 */
@WebFilter("/*")
public class LoginAuditFilter extends HttpFilter {

    static final String RECORDED = LoginAuditFilter.class.getName() + ".recorded";

    @Inject
    transient AuditTrail auditTrail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !RoutingAuthenticationMechanism.isApiRequest(request)) {
            HttpSession session = request.getSession();
            String name = request.getUserPrincipal().getName();
            if (!name.equals(session.getAttribute(RECORDED))) {
                session.setAttribute(RECORDED, name);
                auditTrail.record(AuditRecord.success("LOGIN", "session", name));
            }
        }
        chain.doFilter(request, response);
    }
}
