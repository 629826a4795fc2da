package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The live HTTP sessions, counted, and the logged-in ones by their Keycloak session ({@code sid}), so that a
 * back-channel logout can end the page sessions of a Keycloak session. Kept up to date by
 * {@link PageSessionListener}.
 */
@ApplicationScoped
public class PageSessions {

    private final AtomicLong live = new AtomicLong();
    private final Map<String, Set<HttpSession>> byKeycloakSession = new ConcurrentHashMap<>();

    /** Made at start-up: Payara registers the gauge with the bean, and a scraper should read 0, not nothing. */
    void registerTheGauge(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing the event is what creates the bean
    }

    /** Every HTTP session counts: an anonymous request that created one would show here. */
    @Gauge(name = "sitepass_page_sessions", absolute = true, unit = MetricUnits.NONE,
            description = "HTTP sessions alive in this instance")
    public long live() {
        return live.get();
    }

    void created() {
        live.incrementAndGet();
    }

    void destroyed(HttpSession session) {
        live.decrementAndGet();
        forget(session);
    }

    void loggedIn(String keycloakSession, HttpSession session) {
        byKeycloakSession.computeIfAbsent(keycloakSession, sid -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(HttpSession session) {
        byKeycloakSession.values().forEach(sessions -> sessions.remove(session));
        byKeycloakSession.values().removeIf(Set::isEmpty);
    }

    /** Ends the page sessions of a Keycloak session; returns how many there were. */
    int end(String keycloakSession) {
        Set<HttpSession> sessions = byKeycloakSession.remove(keycloakSession);
        if (sessions == null) {
            return 0;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile by its own logout or time-out
            }
        }
        return sessions.size();
    }
}
