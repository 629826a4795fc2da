package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.Colour;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.control.DynamicCodes;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Residents.Person;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;
import org.sitepass.testing.VendorFixtures;
import org.sitepass.testing.Venues;

/**
 * A sentry of vendor3's, accepted by manager1 at a Hongkou venue, checks people with its own Keycloak token: green
 * passes, red, fever and an expired code stop, a paper code sends the person to the ID card reader. Each check is
 * stored once however often it is sent; a sequence reused for another check, bad input and a decommissioned device
 * are refused, storing nothing. Health codes are signed here with the stack's key, so that one can be made stale.
 */
@ExtendWith(ArquillianExtension.class)
class EntryChecksIT {

    private static final String CHECKS = "/api/v1/entry-checks";
    private static final String BATCHES = "/api/v1/entry-checks/batches";
    private static final String RULES = "/api/v1/entry-checks/rules";
    private static final DynamicCodes CODES = new DynamicCodes(SignatureKeys.parse("signing",
            Stack.env("SITEPASS_RESIDENTS_SIGNING_KEY"), "verify", Stack.env("SITEPASS_RESIDENTS_VERIFY_KEYS")),
            Duration.ofSeconds(60));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aSentryDecidesAtItsDoorAndRecordsEachCheckOnce() throws SQLException {
        Sentry sentry = standing("哨兵测试超市");
        Person green = Residents.add("绿码人", LocalDate.of(1990, 1, 2), null, false);
        Residents.natTest(green, Instant.now().minus(Duration.ofHours(2)), TestResult.NEGATIVE);
        Person red = Residents.add("红码人", LocalDate.of(1991, 2, 3), null, false);
        Residents.natTest(red, Instant.now().minus(Duration.ofHours(2)), TestResult.NEGATIVE);
        Residents.colour(red, Colour.RED, "密接", Instant.now().minusSeconds(60));

        JsonObject pass = sentry.check(scanned(1, code(green, Instant.now())).add("temperature", 36.6));
        assertEquals("PASS", pass.getString("outcome"), pass.toString());
        assertEquals(0, pass.getJsonArray("reasons").size());
        assertEquals("GREEN", pass.getJsonObject("screen").getString("colour"));
        assertTrue(pass.getJsonObject("screen").getString("maskedName").contains("*"), pass.toString());
        assertFalse(pass.toString().contains(green.idNumber()));

        JsonObject stop = sentry.check(scanned(2, code(red, Instant.now())));
        assertEquals("STOP", stop.getString("outcome"));
        JsonObject reason = stop.getJsonArray("reasons").getJsonObject(0);
        assertEquals("CODE_RED", reason.getString("code"));
        assertFalse(reason.getString("text").isBlank() || reason.getString("voice").isBlank(), reason.toString());
        assertEquals("RED", stop.getJsonObject("screen").getString("colour"));

        JsonObject fever = sentry.check(scanned(3, code(green, Instant.now())).add("temperature", 38.5));
        assertEquals("FEVER", only(fever), fever.toString());

        JsonObject expired = sentry.check(scanned(4, code(green, Instant.now().minus(Duration.ofMinutes(10)))));
        assertEquals("CODE_EXPIRED", only(expired), expired.toString());
        assertFalse(expired.containsKey("screen"), "a code that speaks for nobody shows nobody");

        JsonObject paper = sentry.check(scanned(5, "OC1.printed-on-paper"));
        assertEquals("PAPER_CODE_AT_SENTRY", only(paper), paper.toString());

        JsonObject card = sentry.check(base(6).add("idCard", Json.createObjectBuilder()
                .add("number", green.idNumber()).add("name", green.name())));
        assertEquals("PASS", card.getString("outcome"), card.toString());

        List<String> stored = Database.texts("SELECT CONCAT(outcome, ' ', credential_type, ' ', IFNULL(reasons, ''),"
                + " ' ', decided_offline) FROM tracing_pass_record WHERE device_id = ? ORDER BY sequence", sentry.id);
        assertEquals(List.of("PASS HEALTH_CODE  0", "STOP HEALTH_CODE CODE_RED 0", "STOP HEALTH_CODE FEVER 0",
                "STOP HEALTH_CODE CODE_EXPIRED 0", "STOP OFFLINE_CODE PAPER_CODE_AT_SENTRY 0", "PASS ID_CARD  0"),
                stored);
        assertEquals(List.of(green.reference()), Database.texts(
                "SELECT resident_ref FROM tracing_pass_record WHERE device_id = ? AND sequence = 1", sentry.id),
                "a person is their reference, never their number");
    }

    @Test
    void aRetryIsAnsweredAsTheFirstTimeAndAReusedSequenceIsRefused() throws SQLException {
        Sentry sentry = standing("重试测试超市");
        Person green = Residents.add("重试人", LocalDate.of(1988, 4, 5), null, false);
        Residents.natTest(green, Instant.now().minus(Duration.ofHours(2)), TestResult.NEGATIVE);
        String payload = code(green, Instant.now());

        String clock = Instant.now().toString();
        JsonObject first = sentry.check(Json.createObjectBuilder().add("sequence", 9).add("deviceClock", clock)
                .add("payload", payload).add("temperature", 36.5));
        Api.Reply again = sentry.send(Json.createObjectBuilder().add("temperature", new BigDecimal("36.50"))
                .add("payload", payload).add("deviceClock", clock).add("sequence", 9));
        assertEquals(200, again.status(), "the same check, written another way: " + again.body());
        assertEquals(first, again.json(), "the first answer, recorded time included");
        assertEquals(List.of("1"), count(sentry, 9));

        Api.Reply reused = sentry.send(Json.createObjectBuilder().add("sequence", 9).add("deviceClock", clock)
                .add("payload", payload).add("temperature", 37.0));
        assertEquals(409, reused.status(), reused.body());
        assertTrue(reused.contentType().startsWith("application/problem+json"), reused.contentType());
        assertEquals(List.of("1"), count(sentry, 9));

        JsonObject earlier = sentry.check(scanned(3, payload));
        assertEquals("PASS", earlier.getString("outcome"), "sequences may arrive in any order");
    }

    @Test
    void badInputIsRefusedNamingItsFieldAndStoresNothing() throws SQLException {
        Sentry sentry = standing("输入测试超市");
        Person green = Residents.add("输入人", LocalDate.of(1987, 6, 7), null, false);
        String payload = code(green, Instant.now());

        assertRefused(sentry.send(scanned(20, payload).add("temperature", 52.0)), "temperature");
        assertRefused(sentry.send(Json.createObjectBuilder().add("deviceClock", Instant.now().toString())
                .add("payload", payload)), "sequence");
        assertRefused(sentry.send(scanned(20, payload).add("deviceClock", "2025-01-01T08:00:00Z")), "deviceClock");
        assertRefused(sentry.send(scanned(20, payload).add("idCard", Json.createObjectBuilder()
                .add("number", green.idNumber()).add("name", green.name()))), "payload");
        assertRefused(sentry.send(base(20).add("idCard", Json.createObjectBuilder().add("number", "1"))),
                "idCard.name");
        assertEquals(List.of("0"), count(sentry, 20));
    }

    @Test
    void anOfflineBatchIsStoredOnceHoweverOftenSent() throws SQLException {
        Sentry sentry = standing("离线测试超市");
        Person green = Residents.add("离线人", LocalDate.of(1986, 8, 9), null, false);
        String payload = code(green, Instant.now().minus(Duration.ofHours(3)));
        String clock = Instant.now().minus(Duration.ofHours(3)).toString();
        JsonObject batch = Json.createObjectBuilder().add("checks", Json.createArrayBuilder()
                .add(offline(100, clock, payload, "PASS"))
                .add(offline(101, clock, payload, "STOP", "FEVER").add("temperature", 38.2))
                .add(offline(102, clock, payload, "PASS", "FEVER"))).build();

        for (String expected : List.of("STORED", "ALREADY_STORED")) {
            Api.Reply reply = Api.withToken(sentry.token).post(BATCHES, batch);
            assertEquals(200, reply.status(), reply.body());
            List<JsonObject> results = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
            assertEquals(List.of(expected, expected, "REFUSED"),
                    results.stream().map(r -> r.getString("result")).toList(), reply.body());
            assertEquals("reasons", results.get(2).getJsonObject("problem").getString("field"));
        }
        assertEquals(List.of("PASS 1", "STOP 1"), Database.texts("SELECT CONCAT(outcome, ' ', decided_offline)"
                + " FROM tracing_pass_record WHERE device_id = ? ORDER BY sequence", sentry.id));
        assertEquals(List.of(green.reference(), green.reference()), Database.texts("SELECT resident_ref"
                + " FROM tracing_pass_record WHERE device_id = ? ORDER BY sequence", sentry.id),
                "a code read at the device's time, long after it expired, still speaks for its person");

        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i <= 1000; i++) {
            tooMany.add(offline(1000 + i, clock, payload, "PASS"));
        }
        Api.Reply refused = Api.withToken(sentry.token).post(BATCHES, Json.createObjectBuilder()
                .add("checks", tooMany).build());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"checks\""), refused.body());
        assertEquals(List.of("2"), Database.texts("SELECT COUNT(*) FROM tracing_pass_record WHERE device_id = ?",
                sentry.id), "nothing of an oversize batch is stored");
    }

    @Test
    void aSentryFetchesItsSignedRulesUntilItIsDecommissionedAndThenIsRefusedAtOnce() throws SQLException {
        Sentry sentry = standing("停用测试超市");
        Person green = Residents.add("停用人", LocalDate.of(1985, 10, 11), null, false);
        sentry.check(scanned(1, code(green, Instant.now())));
        Api.Reply rules = Api.withToken(sentry.token).get(RULES);
        assertEquals(200, rules.status(), rules.body());
        JsonObject sheet = rules.json();
        assertTrue(sheet.getString("signed").startsWith("PR1."), sheet.toString());
        assertEquals("310109", sheet.getJsonObject("venue").getString("districtCode"));
        assertFalse(sheet.getJsonArray("periods").isEmpty(), sheet.toString());
        assertEquals(403, Api.as("manager1").get(RULES).status(), "only a sentry fetches a door's rules");

        assertEquals(200, Api.as("vendor3").post("/api/v1/devices/" + sentry.id + "/decommissioning").status());
        Api.Reply refused = sentry.send(scanned(2, code(green, Instant.now())));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("urn:sitepass:problem:device-out-of-service"), refused.body());
        assertEquals(List.of("0"), count(sentry, 2));
        assertEquals(403, Api.withToken(sentry.token).get(RULES).status());
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.body().contains("\"field\":\"" + field + "\""), reply.body());
    }

    private static List<String> count(Sentry sentry, long sequence) throws SQLException {
        return Database.texts("SELECT COUNT(*) FROM tracing_pass_record WHERE device_id = ? AND sequence = ?",
                sentry.id, sequence);
    }

    private static String only(JsonObject answer) {
        assertEquals("STOP", answer.getString("outcome"), answer.toString());
        assertEquals(1, answer.getJsonArray("reasons").size(), answer.toString());
        return answer.getJsonArray("reasons").getJsonObject(0).getString("code");
    }

    private static String code(Person person, Instant madeAt) {
        return CODES.health(new ResidentRef(person.reference()), madeAt);
    }

    private static JsonObjectBuilder base(long sequence) {
        return Json.createObjectBuilder().add("sequence", sequence).add("deviceClock", Instant.now().toString());
    }

    private static JsonObjectBuilder scanned(long sequence, String payload) {
        return base(sequence).add("payload", payload);
    }

    private static JsonObjectBuilder offline(long sequence, String clock, String payload, String outcome,
                                             String... reasons) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        List.of(reasons).forEach(codes::add);
        return Json.createObjectBuilder().add("sequence", sequence).add("deviceClock", clock).add("payload", payload)
                .add("outcome", outcome).add("reasons", codes);
    }

    /** A sentry of vendor3's accepted at a new venue of manager1's, with its own token from Keycloak. */
    private record Sentry(long id, String token) {

        Api.Reply send(JsonObjectBuilder body) {
            return Api.withToken(token).post(CHECKS, body.build());
        }

        JsonObject check(JsonObjectBuilder body) {
            Api.Reply reply = send(body);
            assertEquals(200, reply.status(), reply.body());
            return reply.json();
        }
    }

    private static Sentry standing(String venueName) {
        String code = Venues.issuedInHongkou(venueName).getString("codeNumber");
        JsonObject issued = Api.as("vendor3").post("/api/v1/devices", Json.createObjectBuilder()
                .add("serial", "SN-" + System.nanoTime()).add("modelId", VendorFixtures.certifiedModelOf("vendor3"))
                .build()).json();
        long device = issued.getJsonNumber("deviceId").longValue();
        long deployment = Api.as("vendor3").post("/api/v1/devices/" + device + "/deployments",
                Json.createObjectBuilder().add("codeNumber", code).add("entrance", "东门").build()).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, Api.as("manager1").post("/api/v1/venue-devices/" + deployment + "/acceptance").status());
        String token = Tokens.ofClient(issued.getString("clientId"), issued.getString("clientSecret")).accessToken();
        return new Sentry(device, token);
    }
}
