package org.sitepass.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenID Connect redirect URI. {@link PageLoginMechanism} has checked the login and created the session by
 * the time the request reaches this servlet, which sends the person on to the page they had asked for.
 */
@WebServlet(PageLoginMechanism.CALLBACK)
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object returnPath = request.getAttribute(PageLoginMechanism.RETURN_PATH);
        response.sendRedirect(LanguageServlet.safeReturn(request.getContextPath(),
                returnPath instanceof String path ? path : null));
    }
}
