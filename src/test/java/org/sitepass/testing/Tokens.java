package org.sitepass.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Real access tokens from Keycloak for the demo users (direct grant on the dev realm's sitepass-cli client). */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    /**
     * What Keycloak answered a token request: the status, and the access token when it gave one, or Keycloak's
     * {@code error} and {@code error_description} when it refused.
     */
    public record Grant(int status, String accessToken, String error) {
    }

    /**
     * A demo user's token. Keycloak now and then refuses a correct password grant with 400 when the same user logs in
     * from several tests at once (seen in this realm, cause not found): such a refusal is asked once more.
     */
    public static String of(String user) {
        Grant grant = password("sitepass-cli", user);
        if (grant.status() == 400) {
            pause();
            grant = password("sitepass-cli", user);
        }
        if (grant.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + grant.status() + " "
                    + grant.error());
        }
        return grant.accessToken();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A demo user's token request with the password grant on the given client of the dev realm. */
    public static Grant password(String clientId, String user) {
        return request("grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(user)
                + "&password=sitepass");
    }

    /** A device's token request with the client-credentials grant, as a sentry makes it. */
    public static Grant ofClient(String clientId, String secret) {
        return request("grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(secret));
    }

    private static Grant request(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Grant(response.statusCode(), null, response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return new Grant(200, json.getString("access_token"), null);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
