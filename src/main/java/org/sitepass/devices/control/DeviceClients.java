package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each sentry's own Keycloak client, made through Keycloak's client registration service. The service client
 * {@code sitepass-admin} may only create clients ({@code realm-management/create-client}): it can neither read nor
 * change any other client, and the realm's registration policies refuse a client with hard-coded claims. What SitePass
 * may do to a device client afterwards it does with that client's registration access token, which Keycloak answers
 * on every change with a new one. A device client may only use client credentials; its tokens carry SENTRY through
 * the realm's {@code sentry} scope, and which device speaks is known from the client that got the token ({@code azp})
 * and the registry, so no claim of the client's own names it.
 */
@ApplicationScoped
public class DeviceClients {

    /** The realm scope whose hard-coded role mapper gives device tokens SENTRY; the registration policy allows it. */
    static final String SENTRY_SCOPE = "sentry";
    static final Duration TOKEN_LIFESPAN = Duration.ofHours(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int SECRET_BYTES = 32;
    private static final int UNAUTHORIZED = 401;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.provider-uri")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "sitepass.keycloak.admin.client-id", defaultValue = "sitepass-admin")
    String adminClientId;

    @Inject
    @ConfigProperty(name = "sitepass.keycloak.admin.client-secret")
    String adminClientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SecureRandom random = new SecureRandom();

    /**
     * A client Keycloak holds for a device: its secret (which SitePass does not keep) and SitePass's rights over it.
     */
    public record Registration(String clientId, String secret, String registrationToken) {

        /** Neither the secret nor the token ever reaches a log through this record. */
        @Override
        public String toString() {
            return "Registration[" + clientId + "]";
        }
    }

    /** Makes a new client for the device; a client id Keycloak already holds is refused (SitePass never reuses one). */
    public Registration register(String clientId, long deviceId) {
        HttpRequest request = registration("", adminToken())
                .POST(HttpRequest.BodyPublishers.ofString(client(clientId, deviceId).build().toString())).build();
        return registration(exchange(request, Set.of(201)));
    }

    /**
     * Gives the client a new secret; the old one stops working at once. Empty when Keycloak refuses the token, as it
     * does once a newer one was issued or the client is gone: the device then needs a new client.
     */
    public Optional<Registration> newSecret(String clientId, long deviceId, String registrationToken) {
        String body = client(clientId, deviceId).add("secret", newSecret()).build().toString();
        HttpRequest request = registration("/" + encode(clientId), registrationToken)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = exchange(request, Set.of(200, UNAUTHORIZED));
        return answer.statusCode() == UNAUTHORIZED ? Optional.empty() : Optional.of(registration(answer));
    }

    /**
     * Deletes the client, so that it gets no new tokens; tokens it holds are refused by the registry check on every
     * call. False when Keycloak refuses the token: the client was deleted by an earlier attempt, or SitePass no longer
     * holds its current token and an operator deletes it.
     */
    public boolean remove(String clientId, String registrationToken) {
        HttpRequest request = registration("/" + encode(clientId), registrationToken).DELETE().build();
        return exchange(request, Set.of(204, UNAUTHORIZED)).statusCode() != UNAUTHORIZED;
    }

    /**
     * What a device client is, sent whole on every change: confidential, client credentials only, its tokens scoped
     * to SitePass with SENTRY. No protocol mapper of its own. Its tokens live an hour, whatever the realm's default,
     * so that doors keep checking people while Keycloak restarts.
     */
    static JsonObjectBuilder client(String clientId, long deviceId) {
        return Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", "Sentry device " + deviceId)
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", false)
                .add("bearerOnly", false)
                .add("serviceAccountsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("clientAuthenticatorType", "client-secret")
                .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("sitepass").add(SENTRY_SCOPE))
                .add("optionalClientScopes", Json.createArrayBuilder())
                .add("attributes", Json.createObjectBuilder()
                        .add("access.token.lifespan", String.valueOf(TOKEN_LIFESPAN.toSeconds())));
    }

    private String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private HttpRequest.Builder registration(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(realmUrl + "/clients-registrations/default" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json");
    }

    private static Registration registration(HttpResponse<String> answer) {
        return read(answer.body(), json -> {
            JsonObject client = json.asJsonObject();
            return new Registration(client.getString("clientId"), client.getString("secret"),
                    client.getString("registrationAccessToken"));
        });
    }

    private String adminToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(adminClientId) + "&client_secret="
                + encode(adminClientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return read(exchange(request, Set.of(200)).body(), json -> json.asJsonObject().getString("access_token"));
    }

    /** Keycloak's answers are not echoed into exceptions: they may quote client secrets and tokens. */
    private HttpResponse<String> exchange(HttpRequest request, Set<Integer> expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (!expected.contains(response.statusCode())) {
                throw new IllegalStateException("Keycloak " + request.method() + " " + request.uri().getPath()
                        + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    /**
     * An answer that is not JSON, of another shape or missing a key is Keycloak failing like any other, not a bug of
     * ours; like the others it is not echoed.
     */
    static <T> T read(String body, Function<JsonStructure, T> what) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return Objects.requireNonNull(what.apply(reader.read()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Keycloak answered something unreadable: " + e.getClass().getName());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
