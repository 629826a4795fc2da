package org.sitepass.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls the API of the app under test as a client would. */
public final class Api {

    /**
     * HTTP/1.1, as the benchmarks speak: a refusal sent before a large body has arrived (413) can be lost on a
     * cleartext HTTP/2 upgrade, which Payara's Grizzly handles badly (README, Benchmarks).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public record Reply(int status, String contentType, String contentLanguage, byte[] bytes, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body())).readArray();
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

    public Reply post(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A body as a client program might send it, well-formed or not. */
    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A body sent in chunks, without a Content-Length, as a client streaming it would. */
    public Reply postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    public Reply put(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
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
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("the app under test is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
