package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Tells {@link PageSessions} of every session created and ended, and of each login stored in one. */
@WebListener
public class PageSessionListener implements HttpSessionListener, HttpSessionAttributeListener {

    @Inject
    PageSessions sessions;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.created();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.destroyed(event.getSession());
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (event.getValue() instanceof PageLogin login) {
            sessions.loggedIn(login.keycloakSession(), event.getSession());
        }
    }
}
