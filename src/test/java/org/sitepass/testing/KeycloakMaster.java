package org.sitepass.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The dev realm administered as Keycloak's own administrator (master realm, admin/admin): what an attacker holding
 * client-managing rights could do, made without going through SitePass.
 */
public final class KeycloakMaster {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SENTRY_ROLE_ID = "5e7e7e00-0000-4000-8000-5e7e7e000001";

    private KeycloakMaster() {
    }

    /**
     * A confidential client whose tokens carry exactly the given claims (a JSON value for {@code groups}), the API's
     * audience, and none of the realm's default scopes, which would otherwise overwrite them.
     */
    public static void mintClient(String clientId, String secret, Map<String, String> hardCodedClaims) {
        JsonArrayBuilder mappers = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", "audience").add("protocol", "openid-connect")
                .add("protocolMapper", "oidc-audience-mapper")
                .add("config", Json.createObjectBuilder().add("included.custom.audience", "sitepass-api")
                        .add("access.token.claim", "true")));
        hardCodedClaims.forEach((claim, value) -> mappers.add(Json.createObjectBuilder()
                .add("name", claim).add("protocol", "openid-connect")
                .add("protocolMapper", "oidc-hardcoded-claim-mapper")
                .add("config", Json.createObjectBuilder().add("claim.name", claim).add("claim.value", value)
                        .add("jsonType.label", value.startsWith("[") ? "JSON" : "String")
                        .add("access.token.claim", "true"))));
        create(client(clientId, secret).add("defaultClientScopes", Json.createArrayBuilder())
                .add("optionalClientScopes", Json.createArrayBuilder()).add("protocolMappers", mappers).build());
    }

    /** A client like a device's, with the realm's default scopes and SENTRY, that the device registry never saw. */
    public static void sentryClient(String clientId, String secret) {
        create(client(clientId, secret).build());
        String uuid = uuid(clientId);
        String account = read(send("GET", "/clients/" + uuid + "/service-account-user", null).body())
                .getString("id");
        send("POST", "/users/" + account + "/role-mappings/realm", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", SENTRY_ROLE_ID).add("name", "SENTRY")).build().toString());
    }

    /**
     * A person of the dev realm with the password {@code sitepass} and one realm role, made once (made again, it is
     * left as it is): a second resident account, for instance, which the realm file does not hold.
     */
    public static void person(String username, String role) {
        HttpResponse<String> created = send("POST", "/users", Json.createObjectBuilder().add("username", username)
                .add("enabled", true).add("emailVerified", true).add("email", username + "@sitepass.invalid")
                .add("firstName", username).add("lastName", "test")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", "sitepass").add("temporary", false)))
                .build().toString());
        if (created.statusCode() == 409) {
            return;
        }
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create the user: " + created.statusCode());
        }
        String found = send("GET", "/users?exact=true&username=" + username, null).body();
        String id = Json.createReader(new StringReader(found)).readArray().getJsonObject(0).getString("id");
        String roleJson = send("GET", "/roles/" + role, null).body();
        send("POST", "/users/" + id + "/role-mappings/realm", "[" + roleJson + "]");
    }

    public static void deleteClient(String clientId) {
        send("DELETE", "/clients/" + uuid(clientId), null);
    }

    /** Ends every Keycloak session of the user, as an operator would: Keycloak then logs them out back-channel. */
    public static void logOut(String username) {
        String found = send("GET", "/users?exact=true&username=" + username, null).body();
        String id = Json.createReader(new StringReader(found)).readArray().getJsonObject(0).getString("id");
        HttpResponse<String> ended = send("POST", "/users/" + id + "/logout", null);
        if (ended.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak did not log " + username + " out: " + ended.statusCode());
        }
    }

    /** Whether Keycloak holds a client of that id. */
    public static boolean hasClient(String clientId) {
        String found = send("GET", "/clients?clientId=" + clientId, null).body();
        return !Json.createReader(new StringReader(found)).readArray().isEmpty();
    }

    /** The claims of a token, unverified: to show what Keycloak signed. */
    public static JsonObject claims(String token) {
        return read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static JsonObjectBuilder client(String clientId, String secret) {
        return Json.createObjectBuilder().add("clientId", clientId).add("secret", secret)
                .add("publicClient", false).add("serviceAccountsEnabled", true).add("standardFlowEnabled", false);
    }

    private static void create(JsonObject client) {
        HttpResponse<String> created = send("POST", "/clients", client.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create the client: " + created.statusCode());
        }
    }

    /** Keycloak's own id of a client, which its admin API addresses it by. */
    public static String uuid(String clientId) {
        String found = send("GET", "/clients?clientId=" + clientId, null).body();
        return Json.createReader(new StringReader(found)).readArray().getJsonObject(0).getString("id");
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Stack.realmUrl().replace("/realms/", "/admin/realms/") + path))
                .header("Authorization", "Bearer " + masterToken()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return exchange(request);
    }

    private static String masterToken() {
        String realm = Stack.realmUrl();
        String master = realm.substring(0, realm.lastIndexOf("/realms/")) + "/realms/master";
        HttpRequest request = HttpRequest.newBuilder(URI.create(master + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build();
        return read(exchange(request).body()).getString("access_token");
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
