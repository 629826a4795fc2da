package org.sitepass.devices.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.KeycloakMaster;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;
import org.sitepass.testing.VendorFixtures;

/**
 * Device credentials against real Keycloak: a registered device gets a token with client credentials and sends
 * heartbeats; after rotation only the new secret works; once decommissioned, neither a new token nor its
 * still-valid old one gets in. A withdrawn or expired certificate of its vendor or model stops it.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceCredentialsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aDeviceLivesOnItsOwnCredentialsUntilDecommissioned() {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        JsonObject issued = register("SN-" + System.nanoTime(), model);
        String clientId = issued.getString("clientId");
        long device = issued.getJsonNumber("deviceId").longValue();

        Tokens.Grant grant = Tokens.ofClient(clientId, issued.getString("clientSecret"));
        assertEquals(200, grant.status());
        assertEquals(204, beat(grant.accessToken()).status());
        JsonObject seen = fleetEntry(device);
        assertTrue(seen.getBoolean("online"));
        assertEquals("5.0.1", seen.getString("firmwareVersion"));

        JsonObject rotated = Api.as("vendor3").post("/api/v1/devices/" + device + "/credentials").json();
        assertNotEquals(issued.getString("clientSecret"), rotated.getString("clientSecret"));
        assertNotEquals(200, Tokens.ofClient(clientId, issued.getString("clientSecret")).status());
        Tokens.Grant fresh = Tokens.ofClient(clientId, rotated.getString("clientSecret"));
        assertEquals(200, fresh.status());

        assertEquals("DECOMMISSIONED", Api.as("vendor3").post("/api/v1/devices/" + device + "/decommissioning")
                .json().getString("status"));
        assertNotEquals(200, Tokens.ofClient(clientId, rotated.getString("clientSecret")).status(),
                "no new token for a decommissioned device");
        assertFalse(KeycloakMaster.hasClient(clientId), "its client is deleted with its registration token");
        assertEquals(403, beat(fresh.accessToken()).status(), "its still-valid token is refused");
        assertFalse(fleetEntry(device).getBoolean("online"));
        assertEquals(409, Api.as("vendor3").post("/api/v1/devices/" + device + "/credentials").status());
    }

    /**
     * Issue 11: whoever held the old secret also holds the tokens it got; once the secret is rotated they are refused
     * as superseded, on every sentry call, while a token of the new secret gets in.
     */
    @Test
    void aTokenIssuedBeforeTheLastRotationIsRefused() throws InterruptedException {
        JsonObject issued = register("SN-" + System.nanoTime(), VendorFixtures.certifiedModelOf("vendor3"));
        long device = issued.getJsonNumber("deviceId").longValue();
        String old = Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret")).accessToken();
        assertEquals(204, beat(old).status());
        Thread.sleep(1_100);
        JsonObject rotated = Api.as("vendor3").post("/api/v1/devices/" + device + "/credentials").json();

        Api.Reply refused = beat(old);
        assertEquals(401, refused.status(), refused.body());
        assertEquals("urn:sitepass:problem:device-token-superseded", refused.json().getString("type"));
        Api.Reply verify = Api.withToken(old).post("/api/v1/site-codes/verify",
                Json.createObjectBuilder().add("payload", "SP1.any").build());
        assertEquals(401, verify.status(), verify.body());
        String fresh = Tokens.ofClient(issued.getString("clientId"), rotated.getString("clientSecret")).accessToken();
        assertEquals(204, beat(fresh).status());
    }

    /**
     * A client that an attempt which never finished left in Keycloak, its secret shown to nobody, does not block the
     * device: SitePass may not read or change that client any more, so registering again makes a client of a new id.
     * The one left behind stays as it is, unused: the registry does not know it, so its tokens are refused.
     */
    @Test
    void aClientLeftInKeycloakStaysUnusedAndRegisteringAgainMakesAnother() throws SQLException {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        String serial = "SN-" + System.nanoTime();
        String leftover = "sentry-" + serial.toLowerCase(Locale.ROOT) + "-0a0b0c0d";
        KeycloakMaster.sentryClient(leftover, "left-behind");
        try {
            insertPending(serial, model, leftover, "2020-01-01");
            JsonObject issued = register(serial, model);
            assertNotEquals(leftover, issued.getString("clientId"));
            Tokens.Grant grant = Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret"));
            assertEquals(204, beat(grant.accessToken()).status());
            Tokens.Grant left = Tokens.ofClient(leftover, "left-behind");
            assertEquals(200, left.status(), "untouched: SitePass may not change a client it did not just make");
            assertEquals(403, beat(left.accessToken()).status(), "but no device speaks as it");
        } finally {
            KeycloakMaster.deleteClient(leftover);
        }
    }

    /**
     * Issue 11: a device registered before SitePass kept registration tokens gets, at its next rotation, a new client
     * the registry knows instead of the old one, whose tokens are refused from then on; the old client is left for an
     * operator to delete.
     */
    @Test
    void aDeviceWithoutRegistrationTokenGetsANewClientAtItsNextRotation() throws SQLException {
        JsonObject issued = register("SN-" + System.nanoTime(), VendorFixtures.certifiedModelOf("vendor3"));
        long device = issued.getJsonNumber("deviceId").longValue();
        String old = issued.getString("clientId");
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement kept = db.prepareStatement(
                     "SELECT registration_token FROM devices_device WHERE id = ?");
             PreparedStatement before = db.prepareStatement(
                     "UPDATE devices_device SET registration_token = NULL WHERE id = ?")) {
            kept.setLong(1, device);
            try (ResultSet row = kept.executeQuery()) {
                assertTrue(row.next());
                assertFalse(row.getString(1).startsWith("eyJ"), "the registration token is kept sealed");
            }
            before.setLong(1, device);
            assertEquals(1, before.executeUpdate());
        }
        try {
            JsonObject rotated = Api.as("vendor3").post("/api/v1/devices/" + device + "/credentials").json();
            assertNotEquals(old, rotated.getString("clientId"));
            Tokens.Grant fresh = Tokens.ofClient(rotated.getString("clientId"), rotated.getString("clientSecret"));
            assertEquals(204, beat(fresh.accessToken()).status());
            Tokens.Grant stale = Tokens.ofClient(old, issued.getString("clientSecret"));
            assertEquals(200, stale.status(), "the old client is the operator's to delete");
            assertEquals(403, beat(stale.accessToken()).status(), "the registry no longer knows it");
        } finally {
            KeycloakMaster.deleteClient(old);
        }
    }

    /**
     * Issue 11: the client SitePass makes device clients with may only create clients. It cannot list clients nor
     * read {@code sitepass-web}'s secret, and the realm's registration policy refuses a client with hard-coded claims.
     */
    @Test
    void theAdminClientMayOnlyCreateClientsWithoutHardCodedClaims() {
        assertEquals(403, keycloakAdmin("GET", "/clients", null).statusCode());
        assertEquals(403, keycloakAdmin("GET", "/clients/" + KeycloakMaster.uuid("sitepass-web") + "/client-secret",
                null).statusCode());
        String minted = Json.createObjectBuilder().add("clientId", "minted-" + System.nanoTime())
                .add("serviceAccountsEnabled", true).add("protocolMappers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "groups").add("protocol", "openid-connect")
                                .add("protocolMapper", "oidc-hardcoded-claim-mapper")
                                .add("config", Json.createObjectBuilder().add("claim.name", "groups")
                                        .add("claim.value", "[\"AUDITOR\"]").add("jsonType.label", "JSON")
                                        .add("access.token.claim", "true"))))
                .build().toString();
        assertEquals(403, keycloak("POST", Stack.realmUrl() + "/clients-registrations/default", minted)
                .statusCode());
    }

    /**
     * Two registrations of one new serial at once: one gets working credentials, the other a clear refusal (in
     * progress, or the serial taken), never an error, and Keycloak ends with the one client the device speaks as.
     */
    @Test
    void twoRegistrationsOfOneSerialAtOnceLeaveOneWorkingClient() throws Exception {
        String serial = "SN-" + System.nanoTime();
        JsonObject form = device(serial, VendorFixtures.certifiedModelOf("vendor3"));
        Api vendor = Api.as("vendor3");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            Callable<Api.Reply> registration = () -> {
                start.await();
                return vendor.post("/api/v1/devices", form);
            };
            for (Future<Api.Reply> reply : both.invokeAll(List.of(registration, registration))) {
                replies.add(reply.get());
            }
        } finally {
            both.shutdown();
        }
        List<Api.Reply> issued = replies.stream().filter(r -> r.status() == 201).toList();
        assertEquals(1, issued.size(), replies.stream().map(Api.Reply::body).toList().toString());
        Api.Reply refused = replies.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
        assertTrue(refused.status() == 409 || refused.status() == 400, refused.status() + " " + refused.body());
        JsonObject credentials = issued.get(0).json();
        assertEquals("REGISTERED", fleetEntry(credentials.getJsonNumber("deviceId").longValue()).getString("status"));
        String clientId = credentials.getString("clientId");
        assertTrue(KeycloakMaster.hasClient(clientId));
        Tokens.Grant grant = Tokens.ofClient(clientId, credentials.getString("clientSecret"));
        assertEquals(200, grant.status());
        assertEquals(204, beat(grant.accessToken()).status());
    }

    /**
     * A device the first step stored, claimed by an attempt that then died: registering again is refused while the
     * claim is recent, and takes it over and finishes the device once it is stale.
     */
    @Test
    void aPendingDeviceIsFinishedByRegisteringAgain() throws SQLException {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        String serial = "SN-" + System.nanoTime();
        insertPending(serial, model, "sentry-" + serial.toLowerCase(Locale.ROOT), "2099-01-01");
        try (Connection db = Database.testDatabase().getConnection()) {
            Api.Reply held = Api.as("vendor3").post("/api/v1/devices", device(serial, model));
            assertEquals(409, held.status(), held.body());
            try (PreparedStatement stale = db.prepareStatement(
                    "UPDATE devices_device SET claimed_at = '2020-01-01' WHERE serial = ?")) {
                stale.setString(1, serial);
                assertEquals(1, stale.executeUpdate());
            }
        }
        JsonObject issued = register(serial, model);
        assertEquals("REGISTERED", fleetEntry(issued.getJsonNumber("deviceId").longValue()).getString("status"));
        Tokens.Grant grant = Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret"));
        assertEquals(200, grant.status());
        assertEquals(204, beat(grant.accessToken()).status());
    }

    @Test
    void onlyDevicesBeatAndOnlyTheirVendorManagesThem() {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        String serial = "SN-" + System.nanoTime();
        long device = register(serial, model).getJsonNumber("deviceId").longValue();
        assertEquals(403, Api.as("vendor3").post("/api/v1/devices/heartbeat", heartbeat()).status(),
                "a person is no sentry");
        assertEquals(401, Api.anonymous().post("/api/v1/devices/heartbeat", heartbeat()).status());
        assertEquals(404, Api.as("vendor1").post("/api/v1/devices/" + device + "/decommissioning").status());
        assertEquals(403, Api.as("manager1").get("/api/v1/devices").status());
        Api.Reply again = Api.as("vendor3").post("/api/v1/devices", device(serial, model));
        assertEquals(400, again.status(), "a serial is registered once");
        assertTrue(again.body().contains("\"field\":\"serial\""));
        assertEquals(400, Api.as("vendor3").post("/api/v1/devices", device("x", model)).status());
    }

    @Test
    void theFleetIsPagedNewestFirst() {
        long older = register("SN-" + System.nanoTime(), VendorFixtures.certifiedModelOf("vendor3"))
                .getJsonNumber("deviceId").longValue();
        long newest = register("SN-" + System.nanoTime(), VendorFixtures.certifiedModelOf("vendor3"))
                .getJsonNumber("deviceId").longValue();
        JsonObject first = Api.as("vendor3").get("/api/v1/devices?size=1").json();
        assertEquals(newest, first.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(first.getJsonNumber("total").longValue() >= 2);
        JsonObject second = Api.as("vendor3").get("/api/v1/devices?size=1&page=1").json();
        assertEquals(older, second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(400, Api.as("vendor3").get("/api/v1/devices?page=-1").status());
    }

    @Test
    void aBatchGivesEachGoodRowItsCredentialsAndReportsTheRest() {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        String a = "SN-" + System.nanoTime();
        String b = "SN-" + (System.nanoTime() + 1);
        String csv = "serial,model\n" + a + "," + model + "\n" + b + "," + model + "\n" + a + "," + model
                + "\nSN-NOPE-1,不存在的型号\n";
        Api.Reply reply = Api.as("vendor3").post("/api/v1/devices/batches", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertEquals(2, report.getInt("accepted"));
        assertEquals(2, report.getInt("rejected"));
        JsonObject first = report.getJsonArray("rows").getJsonObject(0);
        assertEquals(200, Tokens.ofClient(first.getJsonObject("credentials").getString("clientId"),
                first.getJsonObject("credentials").getString("clientSecret")).status());
        assertEquals(4, report.getJsonArray("rows").getJsonObject(2).getInt("rowNumber"));
        assertEquals(400, Api.as("vendor3").post("/api/v1/devices/batches", "text/csv",
                "name\n".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void aRevokedModelCertificateStopsItsDevices() throws SQLException {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        Sentry sentry = sentry(model);
        assertEquals(204, beat(sentry.token()).status());

        assertEquals(200, Api.as("officer1").post("/api/v1/certifications/models/" + model + "/revocation",
                reason()).status());
        assertOutOfService(beat(sentry.token()));
        assertEquals("STOPPED", fleetEntry(sentry.device()).getString("status"));
        assertEquals("MODEL_REVOKED", fleetEntry(sentry.device()).getString("stoppedBy"));
        assertEquals(List.of("system"), Database.texts("SELECT actor FROM platform_audit_entry"
                        + " WHERE action = 'DEVICES_STOPPED' AND object_type = 'device_model' AND object_id = ?"
                        + " AND purpose LIKE 'CertificateWithdrawn REVOKED: %'", String.valueOf(model)),
                "the officer's decision is theirs, stopping the devices the system's");
    }

    @Test
    void aSuspendedVendorsDevicesAreRefusedUntilItIsReinstated() {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        Sentry sentry = sentry(model);
        long vendor = Api.as("vendor3").get("/api/v1/vendors/mine").json().getJsonNumber("id").longValue();
        String certification = "/api/v1/certifications/vendors/" + vendor;
        assertEquals(200, Api.as("officer1").post(certification + "/suspension", reason()).status());
        try {
            assertOutOfService(beat(sentry.token()));
            assertEquals("VENDOR_SUSPENDED", fleetEntry(sentry.device()).getString("stoppedBy"));
        } finally {
            assertEquals(200, Api.as("officer1").post(certification + "/reinstatement", reason()).status());
        }
        assertEquals(204, beat(sentry.token()).status());
        assertEquals("REGISTERED", fleetEntry(sentry.device()).getString("status"));
    }

    /** The IT server sweeps every few seconds (arquillian.xml); production daily. */
    @Test
    void anExpiredModelCertificateStopsItsDevicesOnceTheSweepFindsIt() throws SQLException, InterruptedException {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        Sentry sentry = sentry(model);
        assertEquals(1, Database.update("UPDATE vendors_model SET valid_until = ? WHERE id = ?",
                LocalDate.now().minusDays(1), model));
        assertOutOfService(Eventually.until(() -> beat(sentry.token()), r -> r.status() == 403));
        assertEquals("MODEL_EXPIRED", fleetEntry(sentry.device()).getString("stoppedBy"));
    }

    /**
     * The certificate changes without its fact (as when the observer failed or the server stopped after the commit):
     * the reconciliation, every few seconds on the IT server (arquillian.xml), hourly in production, repairs it.
     */
    @Test
    void aLostWithdrawalOrReinstatementIsRepairedByTheReconciliation() throws SQLException, InterruptedException {
        long model = VendorFixtures.certifiedModelOf("vendor3");
        Sentry sentry = sentry(model);
        assertEquals(204, beat(sentry.token()).status());

        assertEquals(1, Database.update("UPDATE vendors_model SET status = ? WHERE id = ?", "SUSPENDED", model));
        Api.Reply refused = Eventually.until(() -> beat(sentry.token()), r -> r.status() == 403);
        assertOutOfService(refused);
        assertEquals("MODEL_SUSPENDED", fleetEntry(sentry.device()).getString("stoppedBy"));
        assertEquals(List.of("system FleetReconciliation: 1"), Database.texts("SELECT CONCAT(actor, ' ', purpose)"
                + " FROM platform_audit_entry WHERE action = 'DEVICES_STOPPED' AND object_type = 'device_model'"
                + " AND object_id = ?", String.valueOf(model)), "the repair is in the audit trail, by the system");

        assertEquals(1, Database.update("UPDATE vendors_model SET status = ? WHERE id = ?", "CERTIFIED", model));
        assertEquals(204, Eventually.until(() -> beat(sentry.token()), r -> r.status() == 204).status());
        assertEquals("REGISTERED", fleetEntry(sentry.device()).getString("status"));
    }

    /** A registered device of the model with a token of its own. */
    private record Sentry(long device, String token) {
    }

    private static Sentry sentry(long model) {
        JsonObject issued = register("SN-" + System.nanoTime(), model);
        return new Sentry(issued.getJsonNumber("deviceId").longValue(),
                Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret")).accessToken());
    }

    private static void assertOutOfService(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.body().contains("urn:sitepass:problem:device-out-of-service"), reply.body());
    }

    /** A device the first step stored for an attempt that then died, claimed until {@code claimedAt}. */
    private static void insertPending(String serial, long model, String clientId, String claimedAt)
            throws SQLException {
        long vendor = Api.as("vendor3").get("/api/v1/vendors/mine").json().getJsonNumber("id").longValue();
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement pending = db.prepareStatement("""
                     INSERT INTO devices_device (serial, vendor_id, model_id, client_id, status, registered_at,
                     claim_token, claimed_at, version)
                     VALUES (?, ?, ?, ?, 'PENDING_CLIENT', '2026-01-01', 'a-dead-attempt', ?, 1)""")) {
            pending.setString(1, serial);
            pending.setLong(2, vendor);
            pending.setLong(3, model);
            pending.setString(4, clientId);
            pending.setString(5, claimedAt);
            assertEquals(1, pending.executeUpdate());
        }
    }

    private static JsonObject reason() {
        return Json.createObjectBuilder().add("reason", "抽检不合格，暂作处理").build();
    }

    private static JsonObject register(String serial, long model) {
        Api.Reply reply = Api.as("vendor3").post("/api/v1/devices", device(serial, model));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject device(String serial, long model) {
        return Json.createObjectBuilder().add("serial", serial).add("modelId", model).build();
    }

    /** Keycloak's admin API as the dev realm's service client SitePass makes device clients with. */
    private static HttpResponse<String> keycloakAdmin(String method, String path, String body) {
        return keycloak(method, Stack.realmUrl().replace("/realms/", "/admin/realms/") + path, body);
    }

    private static HttpResponse<String> keycloak(String method, String url, String body) {
        String token = Tokens.ofClient(Stack.env("SITEPASS_KEYCLOAK_ADMIN_CLIENT_ID"),
                Stack.env("SITEPASS_KEYCLOAK_ADMIN_CLIENT_SECRET")).accessToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply beat(String token) {
        return Api.withToken(token).post("/api/v1/devices/heartbeat", heartbeat());
    }

    private static JsonObject heartbeat() {
        return Json.createObjectBuilder().add("firmwareVersion", "5.0.1").add("uptimeSeconds", 3600)
                .add("queueLength", 0).add("deviceClock", Instant.now().toString()).build();
    }

    private static JsonObject fleetEntry(long device) {
        return Api.as("vendor3").get("/api/v1/devices").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getJsonNumber("id").longValue() == device).findFirst().orElseThrow();
    }
}
