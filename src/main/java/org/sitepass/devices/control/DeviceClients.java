package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each sentry's own Keycloak client, managed through Keycloak's admin API with the least-rights service client
 * {@code sitepass-admin} (it may manage clients and give the SENTRY role, nothing else). A device client may only
 * use client credentials; its tokens carry SENTRY, and which device speaks is known from the client that got the
 * token ({@code azp}), so no claim of the client's own names it.
 */
@ApplicationScoped
public class DeviceClients {

    /** The SENTRY realm role's fixed id: the admin client may map this role but may not look it up. */
    static final String SENTRY_ROLE_ID = "5e7e7e00-0000-4000-8000-5e7e7e000001";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

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

    /**
     * Makes the client of a device and answers its secret, which SitePass does not keep. A client of the same name
     * left by an earlier attempt for this pending device (its secret shown to nobody) is set up again and given a new
     * secret rather than deleted and made anew, so that calling this again after a failure converges and never
     * leaves the device without a client.
     */
    public String create(String clientId, long deviceId) {
        String token = adminToken();
        String client = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", "Sentry device " + deviceId)
                .add("enabled", true)
                .add("publicClient", false)
                .add("serviceAccountsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("clientAuthenticatorType", "client-secret")
                .build().toString();
        HttpResponse<String> created = sendAllowing(token, "POST", "/clients", client, 201, 409);
        String uuid;
        if (created.statusCode() == 409) {
            uuid = uuid(token, clientId);
            send(token, "PUT", "/clients/" + uuid, client, 204);
        } else {
            String location = created.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("Keycloak created a client without naming it"));
            uuid = location.substring(location.lastIndexOf('/') + 1);
        }
        String accountId = read(send(token, "GET", "/clients/" + uuid + "/service-account-user", null, 200),
                json -> json.asJsonObject().getString("id"));
        String sentry = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", SENTRY_ROLE_ID).add("name", "SENTRY")).build().toString();
        send(token, "POST", "/users/" + accountId + "/role-mappings/realm", sentry, 204);
        return newSecret(token, uuid);
    }

    /** A new secret for the device; the old one stops working at once. */
    public String rotate(String clientId) {
        String token = adminToken();
        return newSecret(token, uuid(token, clientId));
    }

    private String newSecret(String token, String uuid) {
        return read(send(token, "POST", "/clients/" + uuid + "/client-secret", null, 200),
                json -> json.asJsonObject().getString("value"));
    }

    /**
     * The device gets no new tokens; tokens it holds are refused by the registry check on every call. A device whose
     * client was never made has nothing to disable.
     */
    public void disable(String clientId) {
        String token = adminToken();
        String body = Json.createObjectBuilder().add("clientId", clientId).add("enabled", false).build().toString();
        find(token, clientId).ifPresent(uuid -> send(token, "PUT", "/clients/" + uuid, body, 204));
    }

    /** Undoes {@link #create}: the client of a device still pending that our registry could not mark registered. */
    public void remove(String clientId) {
        delete(adminToken(), clientId);
    }

    private void delete(String token, String clientId) {
        find(token, clientId).ifPresent(uuid -> send(token, "DELETE", "/clients/" + uuid, null, 204));
    }

    private String uuid(String token, String clientId) {
        return find(token, clientId).orElseThrow(
                () -> new IllegalStateException("Keycloak has no client for a registered device"));
    }

    private Optional<String> find(String token, String clientId) {
        return read(send(token, "GET", "/clients?clientId=" + encode(clientId), null, 200), json -> {
            JsonArray found = json.asJsonArray();
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getJsonObject(0).getString("id"));
        });
    }

    private String adminToken() {
        String form = "grant_type=client_credentials&client_id=" + encode(adminClientId) + "&client_secret="
                + encode(adminClientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return read(exchange(request, 200, 200), json -> json.asJsonObject().getString("access_token"));
    }

    private HttpResponse<String> send(String token, String method, String path, String body, int expected) {
        return sendAllowing(token, method, path, body, expected, expected);
    }

    private HttpResponse<String> sendAllowing(String token, String method, String path, String body, int expected,
                                              int alsoAccepted) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request.build(), expected, alsoAccepted);
    }

    /** Keycloak's answers are not echoed into exceptions: they may quote client secrets. */
    private HttpResponse<String> exchange(HttpRequest request, int expected, int alsoAccepted) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected && response.statusCode() != alsoAccepted) {
                throw new IllegalStateException("Keycloak admin " + request.method() + " " + request.uri().getPath()
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

    private String adminUrl() {
        return realmUrl.replace("/realms/", "/admin/realms/");
    }

    private static <T> T read(HttpResponse<String> response, Function<JsonStructure, T> what) {
        return read(response.body(), what);
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
