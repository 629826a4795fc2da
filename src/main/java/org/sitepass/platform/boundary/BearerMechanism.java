package org.sitepass.platform.boundary;

import com.nimbusds.jose.KeySourceException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.PeriodicTask;

/**
 * The API's bearer tokens: Keycloak access tokens checked by {@link AccessTokens} against the realm's keys
 * ({@link RealmKeys}), which this fetches from the realm at start-up, on a schedule and when a token names a new key,
 * always on a thread of its own or in the authentication step, never inside a transaction. A request without a
 * bearer token is left to the resource (open, or 401 for want of a role); a token that does not verify is 401.
 * It is not itself a bean of the mechanism type: {@link RoutingAuthenticationMechanism} hands it the API requests.
 */
@ApplicationScoped
@Typed(BearerMechanism.class)
public class BearerMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerMechanism.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String SCHEME = "Bearer ";

    @Inject
    @ConfigProperty(name = "sitepass.oidc.provider-uri")
    String providerUri;

    /** The realm as tokens name it, when Keycloak is reached under another name than the one in its tokens. */
    @Inject
    @ConfigProperty(name = "sitepass.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.api-audience", defaultValue = "sitepass-api")
    String audience;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.keys-refresh-interval", defaultValue = "PT10M")
    Duration refreshInterval;

    @Resource
    ManagedScheduledExecutorService executor;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private RealmKeys keys;
    private AccessTokens tokens;
    private ScheduledFuture<?> refreshes;

    @PostConstruct
    void configure() {
        keys = new RealmKeys(this::fetchKeySet, Clock.systemUTC());
        tokens = new AccessTokens(keys, issuer.orElse(providerUri), audience, Clock.systemUTC());
    }

    /** The first fetch right away, so that the first calls after start-up find the keys known. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        refreshes = PeriodicTask.schedule(executor, Duration.ZERO, refreshInterval, "fetching the realm's keys",
                () -> {
                    try {
                        keys.refresh();
                    } catch (KeySourceException e) {
                        LOG.log(Level.WARNING, "the realm's keys were not refreshed: {0}", e.getMessage());
                    }
                });
    }

    @PreDestroy
    void stop() {
        if (refreshes != null) {
            refreshes.cancel(false);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String token = bearerToken(request);
        if (token == null) {
            return context.doNothing();
        }
        try {
            BearerPrincipal caller = tokens.verify(token);
            return context.notifyContainerAboutLogin(caller, caller.getGroups());
        } catch (AccessTokens.Refused e) {
            LOG.log(Level.FINE, "bearer token refused: {0}", e.getMessage());
            return context.responseUnauthorized();
        }
    }

    /** The token of an {@code Authorization: Bearer} header (the scheme in any case, RFC 9110); null if none. */
    static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(SCHEME.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private String fetchKeySet() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUri + "/protocol/openid-connect/certs"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("the realm's key set answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the realm's key set", e);
        }
    }
}
