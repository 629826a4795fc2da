package org.sitepass.platform.control;

import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.sitepass.platform.entity.SendResult;

/**
 * An SMS provider reached by a JSON POST with a bearer token:
 * {@code {"id": "sitepass-42", "channel": "SMS", "to": "13812345678", "kind": "BINDING_CODE", "text": "..."}}, the
 * id also sent as {@code Idempotency-Key} so that a provider that honours it drops a repeated attempt. Any 2xx
 * answer is a delivery; 408, 429, 5xx and network failures are tried again; any other answer refuses the message for
 * good. Neither the recipient nor the text reaches a log or the outbox row's error.
 */
public class HttpGateway implements MessageSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Well inside the claim an attempt holds ({@code OutboxMessage.CLAIM_HELD}). */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private static final JsonProvider JSON = JsonProvider.provider();

    private final URI url;
    private final String token;
    private final HttpClient client;

    public HttpGateway(URI url, String token) {
        this.url = url;
        this.token = token;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    @Override
    public SendResult send(DueMessage message) {
        String key = "sitepass-" + message.id();
        String body = JSON.createObjectBuilder().add("id", key).add("channel", message.channel().name())
                .add("to", message.mobile()).add("kind", message.kind()).add("text", message.text()).build()
                .toString();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return judged(status);
        } catch (IOException e) {
            return SendResult.retry(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retry("interrupted");
        }
    }

    static SendResult judged(int status) {
        if (status >= 200 && status < 300) {
            return SendResult.sent();
        }
        String error = "HTTP " + status;
        return status == 408 || status == 429 || status >= 500 ? SendResult.retry(error) : SendResult.rejected(error);
    }
}
