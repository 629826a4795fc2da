package org.sitepass.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the deployment is served over TLS. Behind a proxy that ends TLS the
 * container sees plain HTTP and would leave the flag off. ({@code SameSite=Lax} is set in glassfish-web.xml: Payara
 * ignores the attribute in web.xml.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        configure(event.getServletContext().getSessionCookieConfig(), SecurityHeaders.tls());
    }

    static void configure(SessionCookieConfig cookie, boolean tls) {
        if (tls) {
            cookie.setSecure(true);
        }
    }
}
