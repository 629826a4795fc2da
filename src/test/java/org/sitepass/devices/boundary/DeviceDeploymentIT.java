package org.sitepass.devices.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;
import org.sitepass.testing.VendorFixtures;
import org.sitepass.testing.Venues;

/**
 * A device goes to a venue: vendor3 proposes it by site-code number, manager1 accepts it, it beats, and the three
 * fleet views show it; decommissioning takes it away. Other managers and districts see none of it.
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
        JsonObject issued = Api.as("vendor3").post("/api/v1/devices", Json.createObjectBuilder()
                .add("serial", "SN-" + System.nanoTime()).add("modelId", VendorFixtures.certifiedModelOf("vendor3"))
                .build()).json();
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
        long device = Api.as("vendor3").post("/api/v1/devices", Json.createObjectBuilder()
                .add("serial", "SN-" + System.nanoTime()).add("modelId", VendorFixtures.certifiedModelOf("vendor3"))
                .build()).json().getJsonNumber("deviceId").longValue();
        Api.Reply refused = Api.as("vendor3").post("/api/v1/devices/" + device + "/deployments",
                proposal("310109-9999999-9"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"codeNumber\""));
    }


    private static JsonObject proposal(String code) {
        return Json.createObjectBuilder().add("codeNumber", code).add("entrance", "东门").build();
    }

    private static JsonObject entry(List<JsonObject> list, long device) {
        return list.stream().filter(d -> d.getJsonNumber("deviceId").longValue() == device).findFirst()
                .orElseThrow();
    }
}
