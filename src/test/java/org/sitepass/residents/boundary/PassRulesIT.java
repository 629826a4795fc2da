package org.sitepass.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.Stack;

/** Pass rules through the API with real tokens: who may set which rule, when it holds, preview and bad input. */
@ExtendWith(ArquillianExtension.class)
class PassRulesIT {

    static final String RULES = "/api/v1/pass-rules";
    static final String HONGKOU = "310109";
    static final String CITY = "310000";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    static JsonObjectBuilder rule(String district, String category, Instant from, Integer hours, int doses) {
        JsonObjectBuilder rule = Json.createObjectBuilder().add("districtCode", district)
                .add("effectiveFrom", from.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("maxTemperature", 37.3).add("acceptedColours", Json.createArrayBuilder().add("GREEN"))
                .add("antigenCounts", false).add("minimumDoses", doses).add("relativeCodesAccepted", true)
                .add("otherRegionCodesAccepted", false).add("note", "核酸查验从严 / stricter testing");
        if (category != null) {
            rule.add("categoryCode", category);
        }
        if (hours != null) {
            rule.add("natWithinHours", hours);
        }
        return rule;
    }

    static JsonObject inForce(String user, String category) {
        return Api.as(user).get(RULES + (category == null ? "" : "?category=" + category)).json()
                .getJsonObject("inForce");
    }

    @Test
    void aDistrictRuleHoldsFromTheChosenTimeForItsCategoryOnly() throws Exception {
        Api officer1 = Api.as("officer1");
        Instant from = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply created = officer1.post(RULES, rule(HONGKOU, "MEDICAL", from, 48, 0).build());
        assertEquals(201, created.status(), created.body());
        String location = created.header("Location");
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(location.endsWith(RULES + "/" + id), location);
        JsonObject before = officer1.get(RULES + "?category=MEDICAL").json();
        assertTrue(Instant.parse(before.getString("at")).isBefore(from), before.getString("at"));
        assertEquals(72, before.getJsonObject("inForce").getInt("natWithinHours"), "not yet in force");
        assertEquals("DISTRICT", officer1.get(RULES + "/" + id).json().getString("scope"));
        assertEquals(404, Api.as("officer2").get(RULES + "/" + id).status(), "another district's rule");

        JsonObject later = Eventually.until(() -> inForce("officer1", "MEDICAL"),
                rule -> rule.getInt("natWithinHours") == 48);
        assertEquals(48, later.getInt("natWithinHours"));
        assertEquals(72, inForce("officer1", "MALL").getInt("natWithinHours"), "another category");
        assertEquals(72, inForce("officer2", "MEDICAL").getInt("natWithinHours"), "another district");
        JsonObject overview = Api.as("officer1").get(RULES + "?category=MEDICAL").json();
        assertEquals(List.of("CITY", "DISTRICT"), overview.getJsonArray("applying").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("scope")).toList());
        assertEquals(1, Database.texts("SELECT COUNT(*) FROM platform_audit_entry WHERE action = 'PASS_RULE_SET'"
                + " AND object_id = ? AND actor = 'officer1'", String.valueOf(id)).stream().mapToInt(Integer::parseInt)
                .sum());
    }

    @Test
    void anOfficerSetsOnlyTheRulesOfTheirOwnDistrict() throws SQLException {
        int rules = ruleCount();
        Api.Reply refused = Api.as("officer2").post(RULES, rule(HONGKOU, null, Instant.now().plusSeconds(60), 48, 0)
                .build());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("urn:sitepass:problem:pass-rule-scope", refused.json().getString("type"));
        assertEquals(403, Api.as("officer1").post(RULES, rule(CITY, null, Instant.now().plusSeconds(60), 72, 0)
                .build()).status(), "a district officer does not set the city's rule");
        assertEquals(403, Api.as("officer0").post(RULES, rule(HONGKOU, null, Instant.now().plusSeconds(60), 72, 0)
                .build()).status(), "the city-level officer sets the city's rule, not a district's");
        assertEquals(403, Api.as("manager1").get(RULES).status());
        assertEquals(rules, ruleCount());
    }

    @Test
    void theCityRuleIsSetByTheCityLevelOfficerAndHoldsInEveryDistrict() throws Exception {
        Api.Reply created = Api.as("officer0").post(RULES, rule(CITY, null, Instant.now().plusSeconds(3), 72, 1)
                .build());
        assertEquals(201, created.status(), created.body());
        assertEquals("CITY", created.json().getString("scope"));
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject pudong = Eventually.until(() -> inForce("officer2", null), rule -> rule.getInt("minimumDoses") == 1);
        assertEquals(1, pudong.getInt("minimumDoses"));
        assertTrue(Api.as("officer1").get(RULES).json().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().anyMatch(v -> v.getJsonNumber("id").longValue() == id), "districts see the city's history");
        assertEquals(200, Api.as("officer1").get(RULES + "/" + id).status());
    }

    @Test
    void aPreviewJudgesTheSamplePeopleAndStoresNothing() throws SQLException {
        int rules = ruleCount();
        Api.Reply reply = Api.as("officer1").post(RULES + "/preview",
                rule(HONGKOU, "SCHOOL", Instant.now().plusSeconds(3600), 48, 0).build());
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> samples = reply.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(11, samples.size());
        JsonObject sixtyHours = samples.stream().filter(s -> s.getString("sample").equals("GREEN_TEST_60H"))
                .findFirst().orElseThrow();
        assertEquals("PASS", sixtyHours.getJsonObject("now").getString("outcome"));
        assertEquals("STOP", sixtyHours.getJsonObject("proposed").getString("outcome"));
        assertEquals(List.of("TEST_TOO_OLD"), sixtyHours.getJsonObject("proposed").getJsonArray("reasons")
                .getValuesAs(JsonValue.class).stream().map(v -> ((JsonString) v).getString()).toList());
        assertEquals(rules, ruleCount());
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndStoresNothing() throws SQLException {
        int rules = ruleCount();
        JsonArrayBuilder red = Json.createArrayBuilder().add("GREEN").add("RED");
        JsonObject bad = Json.createObjectBuilder(rule(HONGKOU, null, Instant.now().minusSeconds(3600), 24, 0)
                .build()).add("maxTemperature", 34.0).add("acceptedColours", red).build();
        Api.Reply reply = Api.as("officer1").post(RULES, bad);
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of("acceptedColours", "effectiveFrom", "maxTemperature", "natWithinHours"),
                reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")).sorted().toList());
        assertEquals(400, Api.as("officer1").post(RULES + "/preview", bad).status());
        assertEquals(400, Api.as("officer1").post(RULES, "application/json",
                "{\"maxTemperature\": \"hot\"}".getBytes(StandardCharsets.UTF_8)).status());
        assertFalse(reply.body().contains("Exception"));
        assertEquals(400, Api.as("officer1").get(RULES + "?category=not-a-code").status());
        assertEquals(rules, ruleCount());
    }

    /** The officers' page: the rule in force, a preview on sample people, then the rule saved from the form. */
    @Test
    void anOfficerPreviewsAndSavesARuleOnThePage() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("officer1", "/residents/rules/list.xhtml");
            assertTrue(browser.find(By.id("now-nat")).getText().contains("72"), "the city default holds");
            browser.type("rule:note", "页面设置的规则");
            browser.choose("rule:natWithinHours", "48 小时内采样");
            browser.find(By.id("rule:preview")).click();
            assertTrue(browser.find(By.id("rule:samples")).getText().contains("超过规定时限"),
                    "the sample tested 60 hours ago would be stopped");
            browser.submit("rule:save");
            assertTrue(browser.find(By.id("messages")).getText().contains("规则已保存"),
                    browser.find(By.id("messages")).getText());
        }
        assertTrue(Api.as("officer1").get(RULES).json().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().anyMatch(v -> v.getString("note").equals("页面设置的规则")));
    }

    static int ruleCount() throws SQLException {
        return Integer.parseInt(Database.texts("SELECT COUNT(*) FROM residents_pass_rule").get(0));
    }
}
