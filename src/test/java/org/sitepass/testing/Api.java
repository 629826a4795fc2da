package org.sitepass.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the API of the app under test as a client would. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Reply(int status, String contentType, String contentLanguage, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final String token;
    private String language = "zh-CN";

    private Api(String token) {
        this.token = token;
    }

    public static Api as(String user) {
        return new Api(Tokens.of(user));
    }

    public static Api withToken(String token) {
        return new Api(token);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public Api inLanguage(String tag) {
        this.language = tag;
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                .header("Accept-Language", language);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the app under test is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
