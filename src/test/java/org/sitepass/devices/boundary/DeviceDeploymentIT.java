package org.sitepass.devices.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;
import org.sitepass.testing.VendorFixtures;
import org.sitepass.testing.Venues;

/**
 * A device goes to a venue: vendor3 proposes it by site-code number, manager1 accepts it, it beats, and the three
 * fleet views show it; decommissioning takes it away. Other managers and districts see none of it. Its venue's code
 * suspended, the sentry is refused and shown suspended until the code is reinstated; revoked, its deployment ends.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceDeploymentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void proposedAcceptedSeenEverywhereAndEndedByDecommissioning() {
        String code = Venues.issuedInHongkou("设备测试超市").getString("codeNumber");
        JsonObject issued = registered();
        long device = issued.getJsonNumber("deviceId").longValue();

        Api.Reply proposed = Api.as("vendor3").post("/api/v1/devices/" + device + "/deployments", proposal(code));
        assertEquals(201, proposed.status(), proposed.body());
        long deployment = proposed.json().getJsonNumber("id").longValue();
        assertEquals(409, Api.as("vendor3").post("/api/v1/devices/" + device + "/deployments", proposal(code))
                .status(), "one venue at a time");
        assertEquals(404, Api.as("manager2").post("/api/v1/venue-devices/" + deployment + "/acceptance").status());
        assertEquals("ACTIVE", Api.as("manager1").post("/api/v1/venue-devices/" + deployment + "/acceptance").json()
                .getString("status"));

        String token = Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret")).accessToken();
        assertEquals(204, Api.withToken(token).post("/api/v1/devices/heartbeat", Json.createObjectBuilder()
                .add("firmwareVersion", "5.0.1").add("uptimeSeconds", 10).add("queueLength", 3)
                .add("deviceClock", Instant.now().toString()).build()).status());

        JsonObject atVenue = entry(Api.as("manager1").get("/api/v1/venue-devices").jsonArray()
                .getValuesAs(JsonObject.class), device);
        assertTrue(atVenue.getBoolean("online"));
        JsonObject inFleet = Api.as("vendor3").get("/api/v1/devices").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("id").longValue() == device).findFirst().orElseThrow();
        assertEquals(code, inFleet.getString("codeNumber"));
        assertEquals("ACTIVE", inFleet.getString("deployment"));
        JsonObject district = Api.as("officer1").get("/api/v1/district-devices").json();
        assertTrue(district.getInt("online") >= 1);
        assertTrue(district.getJsonArray("byVendor").toString().contains("上海测试哨兵有限公司"));
        assertFalse(Api.as("officer2").get("/api/v1/district-devices").body().contains("\"deviceId\":" + device + ","));
        assertFalse(Api.as("manager2").get("/api/v1/venue-devices").body().contains("\"deviceId\":" + device + ","));

        Api.as("vendor3").post("/api/v1/devices/" + device + "/decommissioning");
        assertFalse(Api.as("manager1").get("/api/v1/venue-devices").body().contains("\"deviceId\":" + device + ","),
                "a decommissioned device stands nowhere");
    }

    @Test
    void onlyVenuesWithAnActiveCodeTakeDevices() {
        long device = registered().getJsonNumber("deviceId").longValue();
        Api.Reply refused = Api.as("vendor3").post("/api/v1/devices/" + device + "/deployments",
                proposal("310109-9999999-9"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"codeNumber\""));
    }

    @Test
    void aSuspendedCodeSuspendsItsSentriesUntilReinstatedAndARevokedOneEndsThem() {
        String code = Venues.issuedInHongkou("暂停测试超市").getString("codeNumber");
        Standing sentry = standingAt(code);
        long device = sentry.device();
        long deployment = sentry.deployment();
        String token = sentry.token();

        officer("suspension", code);
        Api.Reply refused = beat(token);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("urn:sitepass:problem:device-out-of-service"), refused.body());
        assertTrue(refused.body().contains("场所码已暂停") || refused.body().contains("code is suspended"),
                "says why: " + refused.body());
        Api.Reply verify = Api.withToken(token).post("/api/v1/site-codes/verify",
                Json.createObjectBuilder().add("payload", "SP1.any").build());
        assertEquals(403, verify.status(), "every sentry call is refused, not only its heartbeat: " + verify.body());
        assertTrue(verify.body().contains("urn:sitepass:problem:device-out-of-service"), verify.body());
        JsonObject atVenue = entry(Api.as("manager1").get("/api/v1/venue-devices").jsonArray()
                .getValuesAs(JsonObject.class), device);
        assertEquals("SUSPENDED", atVenue.getString("status"));
        assertFalse(atVenue.getBoolean("online"));
        JsonObject district = Api.as("officer1").get("/api/v1/district-devices").json();
        assertEquals("SUSPENDED", entry(district.getJsonArray("stopped").getValuesAs(JsonObject.class), device)
                .getString("status"));
        assertFalse(district.getJsonArray("offline").toString().contains("\"deviceId\":" + device + ","),
                "a suspended sentry is not counted as standing");

        officer("reinstatement", code);
        assertEquals(204, beat(token).status());
        assertNotEquals(403, Api.withToken(token).post("/api/v1/site-codes/verify",
                Json.createObjectBuilder().add("payload", "SP1.any").build()).status());
        assertEquals("ACTIVE", entry(Api.as("manager1").get("/api/v1/venue-devices").jsonArray()
                .getValuesAs(JsonObject.class), device).getString("status"));

        officer("revocation", code);
        assertFalse(Api.as("manager1").get("/api/v1/venue-devices").body().contains("\"deviceId\":" + device + ","),
                "a revoked code's deployment is over");
        assertEquals(409, Api.as("vendor3").post("/api/v1/devices/deployments/" + deployment + "/withdrawal")
                .status(), "ended already");
    }

    /**
     * The code changes without its fact (as when the observer failed or the server stopped after the commit): the
     * reconciliation, every few seconds on the IT server (arquillian.xml), hourly in production, repairs it.
     */
    @Test
    void aLostSuspensionReinstatementOrRevocationIsRepairedByTheReconciliation()
            throws SQLException, InterruptedException {
        JsonObject venue = Venues.issuedInHongkou("对账测试超市");
        String code = venue.getString("codeNumber");
        long venueId = venue.getJsonNumber("id").longValue();
        Standing sentry = standingAt(code);
        long device = sentry.device();
        long deployment = sentry.deployment();
        String token = sentry.token();

        codeStatus(venueId, "SUSPENDED");
        Api.Reply refused = Eventually.until(() -> beat(token), r -> r.status() == 403);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("SUSPENDED", atVenue(device).map(d -> d.getString("status")).orElse(""));

        codeStatus(venueId, "ACTIVE");
        assertEquals(204, Eventually.until(() -> beat(token), r -> r.status() == 204).status());

        codeStatus(venueId, "REVOKED");
        assertTrue(Eventually.until(() -> atVenue(device), Optional::isEmpty).isEmpty(),
                "a revoked code's deployment is over");
        assertEquals(409, Api.as("vendor3").post("/api/v1/devices/deployments/" + deployment + "/withdrawal")
                .status(), "ended already");
    }

    private static void codeStatus(long venue, String status) throws SQLException {
        assertEquals(1, Database.update("UPDATE sites_venue SET code_status = ? WHERE id = ?", status, venue));
    }

    private static Optional<JsonObject> atVenue(long device) {
        return Api.as("manager1").get("/api/v1/venue-devices").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("deviceId").longValue() == device).findFirst();
    }

    /** A sentry of vendor3's accepted at the venue and beating, with its own token. */
    private record Standing(long device, long deployment, String token) {
    }

    private static Standing standingAt(String code) {
        JsonObject issued = registered();
        long device = issued.getJsonNumber("deviceId").longValue();
        long deployment = Api.as("vendor3").post("/api/v1/devices/" + device + "/deployments", proposal(code)).json()
                .getJsonNumber("id").longValue();
        Api.as("manager1").post("/api/v1/venue-devices/" + deployment + "/acceptance");
        String token = Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret")).accessToken();
        assertEquals(204, beat(token).status());
        return new Standing(device, deployment, token);
    }

    private static JsonObject registered() {
        return Api.as("vendor3").post("/api/v1/devices", Json.createObjectBuilder()
                .add("serial", "SN-" + System.nanoTime()).add("modelId", VendorFixtures.certifiedModelOf("vendor3"))
                .build()).json();
    }

    private static void officer(String decision, String code) {
        Api.Reply reply = Api.as("officer1").post("/api/v1/site-codes/" + code + "/" + decision,
                Json.createObjectBuilder().add("reason", "检查发现问题，暂作处理").build());
        assertEquals(200, reply.status(), reply.body());
    }

    private static Api.Reply beat(String token) {
        return Api.withToken(token).post("/api/v1/devices/heartbeat", Json.createObjectBuilder()
                .add("firmwareVersion", "5.0.1").add("uptimeSeconds", 10).add("queueLength", 0)
                .add("deviceClock", Instant.now().toString()).build());
    }

    private static JsonObject proposal(String code) {
        return Json.createObjectBuilder().add("codeNumber", code).add("entrance", "东门").build();
    }

    private static JsonObject entry(List<JsonObject> list, long device) {
        return list.stream().filter(d -> d.getJsonNumber("deviceId").longValue() == device).findFirst()
                .orElseThrow();
    }
}
