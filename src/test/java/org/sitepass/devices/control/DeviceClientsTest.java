package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.control.DeviceClients.Registration;

/**
 * What the device clients ask Keycloak's client registration service, against a local stand-in that answers as
 * Keycloak does, and Keycloak's answers as they are read: whatever cannot be read is Keycloak failing, not a bug.
 */
class DeviceClientsTest {

    private static final String CLIENT = "sentry-sn-0007-0a0b0c0d";
    private static final String ANSWER = "{\"clientId\":\"" + CLIENT + "\",\"secret\":\"s3cret\","
            + "\"registrationAccessToken\":\"newer token\"}";

    private final List<String> asked = new ArrayList<>();
    private final List<JsonObject> bodies = new ArrayList<>();
    private HttpServer keycloak;
    private int status = 200;

    @AfterEach
    void stop() {
        if (keycloak != null) {
            keycloak.stop(0);
        }
    }

    @Test
    void aDeviceClientIsRegisteredWithTheAdminTokenAsClientCredentialsOnlyWithTheSentryScope() throws IOException {
        status = 201;
        Registration made = clients().register(CLIENT, 7);
        assertEquals(new Registration(CLIENT, "s3cret", "newer token"), made);
        assertEquals(List.of("POST /realms/sitepass/protocol/openid-connect/token -",
                "POST /realms/sitepass/clients-registrations/default Bearer admin token"), asked);
        JsonObject client = bodies.get(0);
        assertEquals(CLIENT, client.getString("clientId"));
        assertTrue(client.getBoolean("serviceAccountsEnabled"));
        assertFalse(client.getBoolean("publicClient"));
        assertFalse(client.getBoolean("standardFlowEnabled"));
        assertFalse(client.getBoolean("directAccessGrantsEnabled"));
        assertEquals("[\"basic\",\"sitepass\",\"sentry\"]", client.getJsonArray("defaultClientScopes").toString());
        assertFalse(client.containsKey("protocolMappers"), "a device client has no mapper of its own");
        assertEquals("3600", client.getJsonObject("attributes").getString("access.token.lifespan"),
                "a device's token outlives a Keycloak restart");
        assertFalse(made.toString().contains("s3cret") || made.toString().contains("token"), made.toString());
    }

    @Test
    void aNewSecretIsSetWithTheClientsRegistrationToken() throws IOException {
        Optional<Registration> renewed = clients().newSecret(CLIENT, 7, "current token");
        assertEquals(Optional.of(new Registration(CLIENT, "s3cret", "newer token")), renewed);
        assertEquals(List.of("PUT /realms/sitepass/clients-registrations/default/" + CLIENT + " Bearer current token"),
                asked, "the admin client has no say over an existing client");
        JsonObject sent = bodies.get(0);
        assertEquals(CLIENT, sent.getString("clientId"));
        assertTrue(sent.getString("secret").length() >= 43, "a new secret of 256 random bits");
        clients().newSecret(CLIENT, 7, "current token");
        assertNotEquals(sent.getString("secret"), bodies.get(1).getString("secret"));
    }

    @Test
    void aRefusedRegistrationTokenAsksForANewClient() throws IOException {
        status = 401;
        assertEquals(Optional.empty(), clients().newSecret(CLIENT, 7, "lost token"));
    }

    @Test
    void aClientIsDeletedWithItsRegistrationToken() throws IOException {
        status = 204;
        assertTrue(clients().remove(CLIENT, "current token"));
        assertEquals(List.of("DELETE /realms/sitepass/clients-registrations/default/" + CLIENT
                + " Bearer current token"), asked);
        status = 401;
        assertFalse(clients().remove(CLIENT, "current token"), "gone already, or the token was lost");
    }

    @Test
    void anyOtherAnswerIsKeycloakFailing() throws IOException {
        status = 403;
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> clients().register(CLIENT, 7));
        assertTrue(failed.getMessage().endsWith("answered 403"), failed.getMessage());
    }

    @Test
    void aWellFormedAnswerIsRead() {
        assertEquals("s3cret", DeviceClients.read("{\"value\":\"s3cret\"}", j -> j.asJsonObject().getString("value")));
    }

    @Test
    void anAnswerThatIsNotJsonIsKeycloakFailing() {
        assertUnreadable("<html>Bad Gateway</html>");
    }

    @Test
    void anAnswerOfAnotherShapeIsKeycloakFailing() {
        assertUnreadable("[]");
    }

    @Test
    void anAnswerWithoutTheKeyIsKeycloakFailing() {
        assertUnreadable("{}");
        assertUnreadable("{\"value\":null}");
    }

    /** The real client pointed at a stand-in: the token endpoint answers an admin token, the rest {@link #status}. */
    private DeviceClients clients() throws IOException {
        if (keycloak == null) {
            keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            keycloak.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean token = path.endsWith("/token");
                asked.add(exchange.getRequestMethod() + " " + path + " "
                        + Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("-"));
                if (!token && !body.isEmpty()) {
                    bodies.add(Json.createReader(new StringReader(body)).readObject());
                }
                byte[] answer = (token ? "{\"access_token\":\"admin token\"}" : ANSWER)
                        .getBytes(StandardCharsets.UTF_8);
                int code = token ? 200 : status;
                exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
                if (code != 204) {
                    exchange.getResponseBody().write(answer);
                }
                exchange.close();
            });
            keycloak.start();
        }
        DeviceClients clients = new DeviceClients();
        clients.realmUrl = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/sitepass";
        clients.adminClientId = "sitepass-admin";
        clients.adminClientSecret = "admin secret";
        return clients;
    }

    private static void assertUnreadable(String body) {
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> DeviceClients.read(body, j -> j.asJsonObject().getString("value")));
        assertFalse(failed.getMessage().contains(body), "Keycloak's answers are not echoed");
    }
}
