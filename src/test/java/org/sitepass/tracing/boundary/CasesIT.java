package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sitepass.residents.TestResult;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * A case from its registration to its co-visitors: the visits of a person seeded straight into the pass records, the
 * people recorded at the same venue just inside and just outside the window, who may look (tracers only, every lookup
 * in the audit trail with the case's reference) and the tracer's pages.
 */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    /** A case's person and the people around one of its visits, seeded three days ago. */
    record Scene(Residents.Person patient, long venue, String venueName, long elsewhere, long later, String visit,
                 Residents.Person closest, Residents.Person afterLeaving, Residents.Person earliest,
                 Residents.Person justBefore, Residents.Person justAfter) {
    }

    /**
     * The patient passes the venue at 10:00 and another venue at 10:20, so the stay ends by 10:20 and the window
     * runs from 09:30 to 10:50. Inside: 10:00:30, 10:45, 09:31; outside: 09:29 and 10:51. The closest one later
     * passes a third venue.
     */
    static Scene scene(String base) throws SQLException {
        LocalDate day = LocalDate.now(CITY).minusDays(3);
        JsonObject venue = Venues.issuedInHongkou(base);
        long venueId = venue.getJsonNumber("id").longValue();
        long elsewhere = Venues.issuedInHongkou(base + "隔壁").getJsonNumber("id").longValue();
        long later = Venues.issuedInHongkou(base + "之后").getJsonNumber("id").longValue();
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        Residents.Person patient = Residents.add("刘病例", born, null, false);
        Residents.Person closest = Residents.add("陈最近", born, null, false);
        Residents.Person afterLeaving = Residents.add("杨之后", born, null, false);
        Residents.Person earliest = Residents.add("黄最早", born, null, false);
        Residents.Person justBefore = Residents.add("周窗前", born, null, false);
        Residents.Person justAfter = Residents.add("吴窗后", born, null, false);
        long visitId = pass(day, LocalTime.of(10, 0), venueId, patient);
        pass(day, LocalTime.of(10, 20), elsewhere, patient);
        pass(day, LocalTime.of(10, 0, 30), venueId, closest);
        pass(day, LocalTime.of(10, 45), venueId, afterLeaving);
        pass(day, LocalTime.of(9, 31), venueId, earliest);
        pass(day, LocalTime.of(9, 29), venueId, justBefore);
        pass(day, LocalTime.of(10, 51), venueId, justAfter);
        pass(day, LocalTime.of(15, 0), later, closest);
        return new Scene(patient, venueId, venue.getString("name"), elsewhere, later, day + "." + visitId, closest,
                afterLeaving, earliest, justBefore, justAfter);
    }

    static long pass(LocalDate day, LocalTime time, long venue, Residents.Person person) throws SQLException {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        Instant at = day.atTime(time).atZone(CITY).toInstant();
        Database.update("INSERT INTO tracing_pass_record (day, id, recorded_at, venue_id, entrance, source,"
                + " resident_ref, credential_type, outcome, decided_offline) VALUES (?, ?, ?, ?, '东门', 'CHECK_IN', ?,"
                + " 'HEALTH_CODE', 'PASS', 0)", day.toString(), id, STORED.format(at), venue, person.reference());
        return id;
    }

    static JsonObject register(Residents.Person person) {
        Api.Reply reply = Api.as("tracer1").post("/api/v1/tracing/cases", Json.createObjectBuilder()
                .add("documentType", "10").add("documentNumber", person.idNumber())
                .add("sampledOn", LocalDate.now(CITY).minusDays(1).toString()).add("source", "LAB-2026-1204")
                .add("note", "发热门诊报告").build());
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.header("Location").endsWith("/api/v1/tracing/cases/" + reply.json().getJsonNumber("id")),
                reply.header("Location"));
        return reply.json();
    }

    static List<String> people(JsonObject answer) {
        return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("person"))
                .toList();
    }

    @Test
    void aCaseFindsExactlyTheKnownCoVisitorsRankedAndEveryLookupIsAudited() throws Exception {
        Scene scene = scene("流调超市");
        JsonObject registered = register(scene.patient());
        long id = registered.getJsonNumber("id").longValue();
        String reference = registered.getString("reference");
        assertTrue(reference.matches("TC-\\d{8}-\\d{4,}"), reference);
        assertFalse(registered.toString().contains(scene.patient().idNumber()), "the number is never answered");
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM tracing_case WHERE id = ? AND note LIKE ?",
                id, "%" + scene.patient().idNumber() + "%"));
        assertEquals("OPEN", registered.getString("status"));
        assertNotNull(registered.getString("maskedName"));
        assertFalse(registered.getString("maskedName").contains("病例"), registered.getString("maskedName"));
        assertEquals(409, Api.as("tracer1").post("/api/v1/tracing/cases", Json.createObjectBuilder()
                .add("documentType", "10").add("documentNumber", scene.patient().idNumber())
                .add("sampledOn", LocalDate.now(CITY).toString()).add("source", "LAB-2").build()).status(),
                "one open case a person");

        String path = "/api/v1/tracing/cases/" + id;
        JsonObject visits = Api.as("tracer1").get(path + "/visits").json();
        List<JsonObject> items = visits.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, items.size(), visits.toString());
        assertEquals(scene.visit(), items.get(0).getString("visit"));
        assertEquals(scene.venueName(), items.get(0).getString("venueName"));
        assertEquals("东门", items.get(0).getString("entrance"));
        assertEquals("CHECK_IN", items.get(0).getString("source"));
        assertEquals("HEALTH_CODE", items.get(0).getString("credentialType"));
        assertEquals(scene.elsewhere(), items.get(1).getJsonNumber("venueId").longValue());

        JsonObject coVisitors = Api.as("tracer1").get(path + "/visits/" + scene.visit() + "/co-visitors").json();
        assertEquals(List.of(scene.closest().reference(), scene.afterLeaving().reference(),
                scene.earliest().reference()), people(coVisitors), coVisitors.toString());
        List<JsonObject> ranked = coVisitors.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3), ranked.stream().map(r -> r.getInt("rank")).toList());
        assertEquals(List.of(30L, 5L, 1L), ranked.stream().map(r -> r.getJsonNumber("overlapMinutes").longValue())
                .toList());
        assertTrue(ranked.stream().allMatch(r -> r.getString("maskedName").contains("*")), ranked.toString());
        assertFalse(coVisitors.toString().contains("陈最近"), "names are masked");
        assertEquals(0, coVisitors.getJsonArray("goneDays").size());

        JsonObject wider = Api.as("tracer1").get(path + "/visits/" + scene.visit() + "/co-visitors?before=PT45M")
                .json();
        assertTrue(people(wider).contains(scene.justBefore().reference()), "a wider window takes 09:29 in");
        assertFalse(people(wider).contains(scene.justAfter().reference()));
        assertEquals(400, Api.as("tracer1").get(path + "/visits/" + scene.visit() + "/co-visitors?before=PT13H")
                .status());
        assertEquals(400, Api.as("tracer1").get(path + "/visits/" + scene.visit() + "/co-visitors?after=soon")
                .status());

        JsonObject trace = Api.as("tracer1").get(path + "/trace").json();
        List<JsonObject> traced = trace.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, traced.size());
        assertEquals(people(coVisitors), people(traced.get(0)));
        assertEquals(scene.visit(), traced.get(0).getJsonObject("visit").getString("visit"));

        JsonObject second = Api.as("tracer1").get(path + "/visits/" + scene.visit() + "/second-degree").json();
        assertEquals(3, second.getInt("contactsFollowed"));
        List<JsonObject> venues = second.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(scene.later()), venues.stream().map(v -> v.getJsonNumber("venueId").longValue()).toList(),
                second.toString());
        assertFalse(second.toString().contains(scene.closest().reference()), "venues, never who");

        Residents.natTest(scene.closest(), Instant.now().minusSeconds(7200), TestResult.NEGATIVE);
        JsonObject identity = Api.as("tracer1").post(path + "/reveals", Json.createObjectBuilder()
                .add("person", scene.closest().reference()).add("reason", "通知密接者隔离").build()).json();
        assertEquals("陈最近", identity.getString("name"));
        assertEquals(scene.closest().idNumber(), identity.getString("documentNumber"));
        JsonObject tests = Api.as("tracer1").post(path + "/test-lookups", Json.createObjectBuilder()
                .add("person", scene.closest().reference()).add("reason", "核实核酸结果").build()).json();
        assertEquals(List.of("NEGATIVE"), tests.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("result")).toList());
        assertEquals(400, Api.as("tracer1").post(path + "/reveals", Json.createObjectBuilder()
                .add("person", scene.closest().reference()).build()).status(), "no reveal without a reason");

        assertEquals(404, Api.as("tracer1").get("/api/v1/tracing/cases/999999999/visits").status());
        Api.Reply unknownVisit = Api.as("tracer1").get(path + "/visits/" + LocalDate.now(CITY) + ".1/co-visitors");
        assertEquals(404, unknownVisit.status());
        assertTrue(unknownVisit.contentType().startsWith("application/problem+json"), unknownVisit.contentType());

        assertEquals(List.of("TRACING_CASE_REGISTERED", "TRACING_CASE_VISITS_LOOKED_UP",
                        "TRACING_CO_VISITORS_LOOKED_UP", "TRACING_CO_VISITORS_LOOKED_UP", "TRACING_CASE_TRACED",
                        "TRACING_SECOND_DEGREE_LOOKED_UP", "TRACING_IDENTITY_REVEALED", "TRACING_TESTS_LOOKED_UP"),
                Database.texts("SELECT action FROM platform_audit_entry WHERE actor = 'tracer1' AND purpose LIKE ?"
                        + " AND object_type = 'tracing_case' ORDER BY id", reference + "%"),
                "every lookup names the case; refused ones read nothing and leave no entry");
        assertEquals(List.of(reference + ": 通知密接者隔离", reference + ": 核实核酸结果"),
                Database.texts("SELECT purpose FROM platform_audit_entry WHERE object_type = 'tracing_case'"
                        + " AND object_id = ? ORDER BY id", scene.closest().reference()),
                "the auditor finds the reads of one person, with the case and the reason");
        assertEquals(List.of(reference, reference), Database.texts("SELECT purpose FROM platform_audit_entry"
                + " WHERE object_type = 'resident' AND object_id = ? ORDER BY id", scene.closest().reference()),
                "and the person's own data lists them with the case");
        List<JsonObject> forTheAuditor = Api.as("auditor1").get("/api/v1/audit-entries?actor=tracer1"
                + "&objectType=tracing_case&purpose=" + reference + "&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(8, forTheAuditor.size(), "the auditor lists the case's lookups by tracer and case");
        assertEquals(2, Api.as("auditor1").get("/api/v1/audit-entries?objectType=tracing_case&objectId="
                + scene.closest().reference()).json().getJsonArray("items").size(), "and by person");
        assertEquals(List.of(scene.patient().reference()), Database.texts("SELECT object_id FROM platform_audit_entry"
                + " WHERE action = 'TRACING_CASE_VISITS_LOOKED_UP' AND purpose = ?", reference));

        JsonObject closed = Api.as("tracer1").post(path + "/close").json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(409, Api.as("tracer1").post(path + "/close").status());
        assertTrue(people(Api.as("tracer1").get("/api/v1/tracing/cases?status=CLOSED&size=200").json())
                .contains(scene.patient().reference()));
    }

    @Test
    void nobodyButATracerLooksAndNobodyElseSeesAnIdentity() throws Exception {
        Scene scene = scene("流调门禁超市");
        long id = register(scene.patient()).getJsonNumber("id").longValue();
        String path = "/api/v1/tracing/cases/" + id;
        for (String user : List.of("manager1", "officer1", "inspector1", "resident1")) {
            for (String lookup : List.of(path, path + "/visits", path + "/visits/" + scene.visit() + "/co-visitors",
                    path + "/trace", "/api/v1/tracing/cases")) {
                Api.Reply refused = Api.as(user).get(lookup);
                assertEquals(403, refused.status(), user + " " + lookup);
                assertFalse(refused.body().contains(scene.closest().reference()), user + " sees nobody");
            }
            Api.Reply reveal = Api.as(user).post(path + "/reveals", Json.createObjectBuilder()
                    .add("person", scene.closest().reference()).add("reason", "想知道是谁").build());
            assertEquals(403, reveal.status(), user);
            assertFalse(reveal.body().contains(scene.closest().idNumber()));
            assertEquals(403, Api.as(user).post(path + "/test-lookups", Json.createObjectBuilder()
                    .add("person", scene.closest().reference()).add("reason", "想知道结果").build()).status(), user);
            assertEquals(403, Api.as(user).post("/api/v1/tracing/cases", Json.createObjectBuilder()
                    .add("documentType", "10").add("documentNumber", scene.closest().idNumber())
                    .add("sampledOn", LocalDate.now(CITY).toString()).add("source", "LAB-3").build()).status());
        }
        Api.Reply unknown = Api.as("tracer1").post("/api/v1/tracing/cases", Json.createObjectBuilder()
                .add("documentType", "10").add("documentNumber", Residents.idNumber(LocalDate.of(1970, 5, 5)))
                .add("sampledOn", LocalDate.now(CITY).toString()).add("source", "LAB-4").build());
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("documentNumber"), unknown.body());
    }

    @Test
    void aTracerRegistersACaseOnThePageAndSeesItsVisitsAndCoVisitors() throws Exception {
        Scene scene = scene("流调页面超市");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("tracer1", "/tracing/cases/register.xhtml");
            browser.type("case:documentNumber", scene.patient().idNumber());
            browser.type("case:sampledOn_input", LocalDate.now(CITY).minusDays(1).toString());
            browser.type("case:source", "LAB-PAGE-1");
            browser.submit("case:register");
            browser.waitForUrl("/tracing/cases/view.xhtml?id=");
            assertTrue(browser.find(By.id("reference")).getText().startsWith("TC-"));
            assertFalse(browser.url().contains(scene.patient().idNumber()), "the number is never in an address");
            WebElement visits = browser.find(By.id("case:visits"));
            assertEquals(2, visits.findElements(By.cssSelector("tbody tr")).size(), visits.getText());
            assertTrue(visits.getText().contains(scene.venueName()), visits.getText());

            browser.find(By.id("case:visits:0:co-visitors")).click();
            WebElement coVisitors = browser.find(By.id("case:co-visitors"));
            assertEquals(3, coVisitors.findElements(By.cssSelector("tbody tr")).size(), coVisitors.getText());
            assertTrue(coVisitors.getText().contains("*"), "masked: " + coVisitors.getText());
            assertFalse(coVisitors.getText().contains("陈最近"), coVisitors.getText());

            browser.find(By.id("case:co-visitors:0:look-up")).click();
            browser.type("person-lookup:reason", "通知密接者隔离");
            browser.find(By.id("person-lookup:reveal")).click();
            assertEquals("陈最近", browser.find(By.id("identity-name")).getText(),
                    "revealed in the dialog, with a reason");
        }
    }
}
