package org.sitepass.platform.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak as the pages' OpenID provider: its endpoints (from the realm's discovery document), the code and refresh
 * grants, and the checks of the tokens it signs. ID and logout tokens are verified against the realm's published
 * keys (JWKS, cached and refetched on an unknown key id), its issuer and this client as audience.
 */
@ApplicationScoped
public class OidcProvider {

    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "sitepass.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.client-id", defaultValue = "sitepass-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.client-secret")
    String clientSecret;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Map<String, Object> metadata;
    private volatile JWKSource<SecurityContext> keys;

    public String getProviderUri() {
        return providerUri;
    }

    String clientId() {
        return clientId;
    }

    /** Where the browser logs in: authorization code flow with a PKCE S256 challenge. */
    String authorizationUrl(String redirectUri, LoginCookie login) throws OidcException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile email");
        query.put("state", login.state());
        query.put("nonce", login.nonce());
        query.put("code_challenge", Pkce.challenge(login.verifier()));
        query.put("code_challenge_method", "S256");
        return endpoint("authorization_endpoint") + "?" + form(query);
    }

    /** Where the browser ends its Keycloak session (RP-initiated logout) and comes back to {@code afterwards}. */
    String endSessionUrl(String idTokenHint, String afterwards) throws OidcException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id_token_hint", idTokenHint);
        query.put("post_logout_redirect_uri", afterwards);
        return endpoint("end_session_endpoint") + "?" + form(query);
    }

    /**
     * Exchanges an authorization code. {@code sessionHost} is Keycloak's {@code client_session_host}: a realm may
     * send back-channel logouts to {@code http://${application.session.host}/...}, i.e. to the very instance the
     * session lives on (the dev realm does, so the app on 8080 and the test deployment on 8081 both hear them).
     */
    OidcTokens exchange(String code, String verifier, String redirectUri, String sessionHost) throws OidcException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("code_verifier", verifier);
        body.put("redirect_uri", redirectUri);
        body.put("client_session_state", "sitepass");
        body.put("client_session_host", sessionHost);
        return tokens(body);
    }

    OidcTokens refresh(String refreshToken) throws OidcException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", refreshToken);
        return tokens(body);
    }

    /** The claims of an ID token signed by the realm for this client; {@code nonce} is checked unless null. */
    JWTClaimsSet verifyIdToken(String token, String nonce) throws OidcException {
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(issuer());
        if (nonce != null) {
            exact.claim("nonce", nonce);
        }
        return verify(token, new DefaultJWTClaimsVerifier<>(new HashSet<>(List.of(clientId)), exact.build(),
                new HashSet<>(List.of("sub", "exp", "iat", "preferred_username")), new HashSet<>()));
    }

    /**
     * The claims of a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6): signed by
     * the realm for this client, with the logout event and a session id, and never a nonce (which would make it an
     * ID token).
     */
    JWTClaimsSet verifyLogoutToken(String token) throws OidcException {
        JWTClaimsSet claims = verify(token, new DefaultJWTClaimsVerifier<>(new HashSet<>(List.of(clientId)),
                new JWTClaimsSet.Builder().issuer(issuer()).build(),
                new HashSet<>(List.of("iat", "sid", "events")), new HashSet<>(List.of("nonce"))));
        try {
            Map<String, Object> events = claims.getJSONObjectClaim("events");
            if (events == null || !events.containsKey(BACKCHANNEL_LOGOUT_EVENT)) {
                throw new OidcException("the logout token names no back-channel logout event");
            }
        } catch (ParseException e) {
            throw new OidcException("the logout token's events are not an object", e);
        }
        return claims;
    }

    private JWTClaimsSet verify(String token, DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier)
            throws OidcException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // Keycloak types its ID tokens JWT; logout tokens may be typed logout+jwt (the specification's advice).
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("logout+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys()));
        processor.setJWTClaimsSetVerifier(claimsVerifier);
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("the token was refused: " + e.getMessage(), e);
        }
    }

    private OidcTokens tokens(Map<String, String> body) throws OidcException {
        String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new OidcException("the token endpoint answered " + response.statusCode());
        }
        try {
            Map<String, Object> json = JSONObjectUtils.parse(response.body());
            String idToken = JSONObjectUtils.getString(json, "id_token");
            String accessToken = JSONObjectUtils.getString(json, "access_token");
            String refreshToken = JSONObjectUtils.getString(json, "refresh_token");
            if (idToken == null || accessToken == null || refreshToken == null) {
                throw new OidcException("the token endpoint left out a token");
            }
            long expiresIn = JSONObjectUtils.getLong(json, "expires_in");
            return new OidcTokens(idToken, accessToken, refreshToken, Instant.now().plusSeconds(expiresIn));
        } catch (ParseException e) {
            throw new OidcException("the token endpoint's answer is not JSON", e);
        }
    }

    private String issuer() throws OidcException {
        return endpoint("issuer");
    }

    private String endpoint(String name) throws OidcException {
        Object value = metadata().get(name);
        if (!(value instanceof String url)) {
            throw new OidcException("the realm's discovery document has no " + name);
        }
        return url;
    }

    private Map<String, Object> metadata() throws OidcException {
        Map<String, Object> known = metadata;
        if (known == null) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(providerUri + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 200) {
                throw new OidcException("the realm's discovery document answered " + response.statusCode());
            }
            try {
                known = JSONObjectUtils.parse(response.body());
            } catch (ParseException e) {
                throw new OidcException("the realm's discovery document is not JSON", e);
            }
            metadata = known;
        }
        return known;
    }

    private JWKSource<SecurityContext> keys() throws OidcException {
        JWKSource<SecurityContext> known = keys;
        if (known == null) {
            try {
                known = JWKSourceBuilder.create(URI.create(endpoint("jwks_uri")).toURL()).retrying(true).build();
            } catch (IOException e) {
                throw new OidcException("the realm's key set address is not a URL", e);
            }
            keys = known;
        }
        return known;
    }

    private HttpResponse<String> send(HttpRequest request) throws OidcException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OidcException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted while calling Keycloak", e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A set of strings out of a claim, empty when it is absent. */
    static Set<String> stringSet(JWTClaimsSet claims, String name) throws OidcException {
        try {
            List<String> values = claims.getStringListClaim(name);
            return values == null ? Set.of() : Set.copyOf(values);
        } catch (ParseException e) {
            throw new OidcException("the claim " + name + " is not a list of strings", e);
        }
    }
}
