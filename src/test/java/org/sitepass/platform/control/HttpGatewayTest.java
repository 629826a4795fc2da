package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.MessageChannel;
import org.sitepass.platform.entity.SendResult;

class HttpGatewayTest {

    private static final DueMessage MESSAGE = new DueMessage(42, "BINDING_CODE", MessageChannel.SMS, "13812345678",
            "验证码 123456");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer provider;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + "|"
                    + exchange.getRequestHeaders().getFirst("Idempotency-Key") + "|"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void theMessageIsPostedAsJsonWithTheBearerToken() {
        assertEquals(SendResult.sent(), gateway().send(MESSAGE));
        String[] request = requests.get(0).split("\\|", 3);
        assertEquals("Bearer token-1", request[0]);
        assertEquals("sitepass-42", request[1]);
        JsonObject body = Json.createReader(new StringReader(request[2])).readObject();
        assertEquals("13812345678", body.getString("to"));
        assertEquals("验证码 123456", body.getString("text"));
        assertEquals("BINDING_CODE", body.getString("kind"));
        assertEquals("SMS", body.getString("channel"));
        assertEquals("sitepass-42", body.getString("id"));
    }

    @Test
    void busyOrFailingProvidersAreTriedAgainAndRefusalsAreFinal() {
        answer.set(503);
        assertEquals(SendResult.retry("HTTP 503"), gateway().send(MESSAGE));
        answer.set(429);
        assertEquals(SendResult.retry("HTTP 429"), gateway().send(MESSAGE));
        answer.set(400);
        assertEquals(SendResult.rejected("HTTP 400"), gateway().send(MESSAGE));
        assertEquals(SendResult.Outcome.SENT, HttpGateway.judged(202).outcome());
    }

    @Test
    void anUnreachableProviderIsTriedAgainWithoutQuotingTheMessage() {
        provider.stop(0);
        SendResult result = gateway().send(MESSAGE);
        assertEquals(SendResult.Outcome.RETRY, result.outcome());
        assertEquals("ConnectException", result.error());
    }

    private HttpGateway gateway() {
        return new HttpGateway(URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/sms"), "token-1");
    }
}
