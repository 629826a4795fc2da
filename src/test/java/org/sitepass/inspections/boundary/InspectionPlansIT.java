package org.sitepass.inspections.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/** officer1 plans Hongkou's markets that have a code but no sentry, and gives one to inspector1; others stay out. */
@ExtendWith(ArquillianExtension.class)
class InspectionPlansIT {

    static final String PLANS = "/api/v1/inspection-plans";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aPlanTakesVenuesBySignalAndSharesThemOut() {
        long venue = Venues.issuedInHongkou("巡查测试超市").getJsonNumber("id").longValue();
        Api.Reply created = Api.as("officer1").post(PLANS, plan("十二月市场巡查", LocalDate.now().plusDays(14)));
        assertEquals(201, created.status(), created.body());
        JsonObject plan = created.json();
        long id = plan.getJsonNumber("id").longValue();
        JsonObject visit = visitOf(plan, venue);
        assertEquals("NO_SENTRY", visit.getString("reason"));
        assertEquals("PLANNED", visit.getString("status"));

        JsonObject assigned = Api.as("officer1").post(PLANS + "/" + id + "/assignment", Json.createObjectBuilder()
                .add("venueIds", Json.createArrayBuilder().add(venue)).add("inspector", "inspector1").build()).json();
        assertEquals("inspector1", visitOf(assigned, venue).getString("inspector"));
        assertEquals(assigned.getInt("planned") - 1, assigned.getInt("unassigned"));

        assertEquals(200, Api.as("inspector1").get(PLANS + "/" + id).status(), "inspectors of the district plan too");
        JsonObject today = Api.as("inspector1").get(PLANS + "/today?size=200").json();
        assertTrue(today.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getJsonNumber("venueId").longValue() == venue), "the venue is on inspector1's list");
        assertEquals(today.getJsonNumber("total").longValue(), today.getJsonArray("items").size(), "all on one page");
        assertEquals(404, Api.as("officer2").get(PLANS + "/" + id).status(), "another district's plan is not there");
        assertEquals(403, Api.as("manager1").get(PLANS).status());
        assertTrue(Api.as("officer1").get(PLANS + "?size=200").body().contains("\"id\":" + id + ","));
    }

    @Test
    void badPeriodsAreNamed() {
        Api.Reply backwards = Api.as("officer1").post(PLANS, plan("倒序", LocalDate.now().minusDays(1)));
        assertEquals(400, backwards.status());
        assertTrue(backwards.body().contains("\"field\":\"periodTo\""), backwards.body());
        Api.Reply garbled = Api.as("officer1").post(PLANS, Json.createObjectBuilder().add("name", "x")
                .add("periodFrom", "21.11.2026").add("periodTo", "2026-12-01").build());
        assertEquals(400, garbled.status());
    }

    private static JsonObject plan(String name, LocalDate to) {
        return Json.createObjectBuilder().add("name", name).add("periodFrom", LocalDate.now().toString())
                .add("periodTo", to.toString()).add("categoryCode", "MARKET").add("signal", "NO_SENTRY").build();
    }

    private static JsonObject visitOf(JsonObject plan, long venue) {
        return plan.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("venueId").longValue() == venue).findFirst().orElseThrow();
    }

}
