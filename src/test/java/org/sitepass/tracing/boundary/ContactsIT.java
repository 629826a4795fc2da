package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.residents.Colour;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Residents.Person;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * Contacts of a case with real tokens: a close contact's code turns red with the reason the person reads and stays red
 * whatever the feed says until the release; an export of identities needs a second tracer and is audited; only tracers
 * get in.
 */
@ExtendWith(ArquillianExtension.class)
class ContactsIT {

    static final String CODE = "/api/v1/residents/me/health-code";
    static final String SECOND_TRACER = "tracer2";
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 9_000_000));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aCloseContactIsRedWithItsReasonWhateverTheFeedSaysUntilReleased() throws Exception {
        long caseId = openCase();
        Person contact = Residents.add("张三", LocalDate.of(1990, 3, 7), "13800000001", false, "310109");
        Residents.bind("resident1", contact);
        assertEquals("GREEN", Api.as("resident1").get(CODE).json().getString("colour"));

        String contactPath = add(caseId, contact);
        assertEquals(200, Api.as("tracer1").post(contactPath + "/notification").status());
        Api.Reply assessed = Api.as("tracer1").post(contactPath + "/assessment", Json.createObjectBuilder()
                .add("assessment", "CLOSE_CONTACT").add("note", "同桌用餐").build());
        assertEquals(200, assessed.status(), assessed.body());
        assertEquals("ASSESSED", assessed.json().getString("status"));

        JsonObject code = Api.as("resident1").get(CODE).json();
        assertEquals("RED", code.getString("colour"));
        assertTrue(code.getString("reason").contains("密切接触者"), code.getString("reason"));
        Residents.colour(contact, Colour.GREEN, "核酸阴性", Instant.now());
        assertEquals("RED", Api.as("resident1").get(CODE).json().getString("colour"), "the feed's green lifts no hold");

        Api.Reply transferred = Api.as("tracer1").post(contactPath + "/transfer", Json.createObjectBuilder()
                .add("isolation", "CENTRAL_ISOLATION").add("place", "虹口区某隔离酒店").build());
        assertEquals(200, transferred.status(), transferred.body());
        Api.Reply released = Api.as("tracer1").post(contactPath + "/release", Json.createObjectBuilder()
                .add("reason", "隔离期满，核酸阴性").build());
        assertEquals(200, released.status(), released.body());
        assertEquals("GREEN", Api.as("resident1").get(CODE).json().getString("colour"), "the release lifts it");

        JsonObject view = Api.as("tracer1").get(contactPath).json();
        assertEquals(List.of("IDENTIFIED", "NOTIFIED", "ASSESSED", "TRANSFERRED", "RELEASED"),
                view.getJsonArray("steps").stream().map(s -> s.asJsonObject().getString("reached")).toList());
        assertEquals("虹口区某隔离酒店", view.getString("place"));
        JsonObject counts = Api.as("tracer1").get("/api/v1/tracing/contacts/counts?by=district&case=" + caseId)
                .jsonArray().getJsonObject(0);
        assertEquals("310109", counts.getString("group"));
        assertEquals(1, counts.getJsonObject("byStatus").getInt("RELEASED"));
        assertEquals(1, Api.as("tracer1").get("/api/v1/tracing/contacts?status=RELEASED&case=" + caseId).json()
                .getInt("total"));
    }

    @Test
    void aStepOutOfTurnIsRefusedAndLeavesTheCodeAlone() throws Exception {
        long caseId = openCase();
        Person contact = Residents.add("李明", LocalDate.of(1988, 5, 2), null, false);
        String contactPath = add(caseId, contact);
        Api.Reply early = Api.as("tracer1").inLanguage("en").post(contactPath + "/assessment",
                Json.createObjectBuilder().add("assessment", "CLOSE_CONTACT").build());
        assertEquals(409, early.status(), early.body());
        assertEquals("urn:sitepass:problem:contact-state", early.json().getString("type"));
        assertTrue(Database.texts("SELECT h.id FROM residents_hold h WHERE h.resident_id = ?", contact.id())
                .isEmpty(), "no hold without the assessment");
        assertEquals(409, Api.as("tracer1").post("/api/v1/tracing/cases/" + caseId + "/contacts",
                person(contact)).status(), "a person is a contact of a case once");
    }

    @Test
    void anExportOfIdentitiesNeedsASecondTracerAndIsAudited() throws Exception {
        long caseId = openCase();
        Person contact = Residents.add("王芳", LocalDate.of(1979, 11, 30), "13900002222", false);
        add(caseId, contact);
        String exports = "/api/v1/tracing/cases/" + caseId + "/exports";

        Api.Reply requested = Api.as("tracer1").post(exports, Json.createObjectBuilder().add("format", "XLSX")
                .add("reason", "交虹口区隔离转运组").build());
        assertEquals(201, requested.status(), requested.body());
        String export = exports + "/" + requested.json().getJsonNumber("id").longValue();
        assertEquals(409, Api.as("tracer1").get(export + "/file").status(), "not before the approval");
        Api.Reply own = Api.as("tracer1").post(export + "/approval");
        assertEquals(409, own.status(), "the requester cannot approve");
        assertEquals(200, Api.as(SECOND_TRACER).post(export + "/approval").status());
        assertEquals(409, Api.as(SECOND_TRACER).get(export + "/file").status(), "the approver does not download");

        Api.Reply file = Api.as("tracer1").get(export + "/file");
        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Disposition").contains(".xlsx"), file.header("Content-Disposition"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(2, rows.size());
            assertEquals(contact.idNumber(), rows.get(1).getCellText(2));
            assertEquals("王芳", rows.get(1).getCellText(3));
            assertEquals("13900002222", rows.get(1).getCellText(4));
        }
        assertEquals(409, Api.as("tracer1").get(export + "/file").status(), "once");

        String reference = reference(caseId);
        List<String> audited = Database.texts("SELECT CONCAT(actor, ' ', action, ' ', result) FROM"
                + " platform_audit_entry WHERE purpose = ? ORDER BY id", reference);
        assertTrue(audited.contains("tracer1 TRACING_CONTACTS_EXPORT_APPROVED DENIED"), audited.toString());
        assertTrue(audited.contains("tracer2 TRACING_CONTACTS_EXPORT_APPROVED SUCCESS"), audited.toString());
        assertTrue(audited.contains("tracer1 TRACING_CONTACTS_EXPORT_DOWNLOADED SUCCESS"), audited.toString());
        assertTrue(audited.contains("tracer1 RESIDENT_IDENTITY_REVEALED SUCCESS"), audited.toString());
    }

    @Test
    void aCsvExportHasTheSameLines() throws Exception {
        long caseId = openCase();
        Person contact = Residents.add("赵磊", LocalDate.of(1992, 1, 15), null, false);
        add(caseId, contact);
        String exports = "/api/v1/tracing/cases/" + caseId + "/exports";
        long id = Api.as(SECOND_TRACER).post(exports, Json.createObjectBuilder().add("format", "CSV")
                .add("reason", "交隔离转运组").build()).json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as("tracer1").post(exports + "/" + id + "/approval").status());
        Api.Reply file = Api.as(SECOND_TRACER).get(exports + "/" + id + "/file");
        assertEquals(200, file.status(), file.body());
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        String csv = new String(file.bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(contact.idNumber()) && csv.contains("赵磊"), csv);
    }

    @Test
    void nobodyButATracerGetsIn() throws Exception {
        long caseId = openCase();
        for (String user : List.of("officer1", "manager1", "inspector1", "resident1", "auditor1")) {
            assertEquals(403, Api.as(user).get("/api/v1/tracing/contacts").status(), user);
            assertEquals(403, Api.as(user).get("/api/v1/tracing/cases/" + caseId + "/contacts").status(), user);
            assertEquals(403, Api.as(user).post("/api/v1/tracing/cases/" + caseId + "/exports",
                    Json.createObjectBuilder().add("format", "CSV").add("reason", "看看").build()).status(), user);
        }
        assertEquals(401, Api.anonymous().get("/api/v1/tracing/contacts").status());
        assertEquals(404, Api.as("tracer1").get("/api/v1/tracing/cases/999999999/contacts/1").status());
    }

    @Test
    void aTracerAddsACoVisitorOfTheCaseAssessesThemOnThePageAndTheResidentSeesTheRedCodeWithItsReason()
            throws Exception {
        LocalDate day = LocalDate.now(CasesIT.CITY).minusDays(3);
        long venue = Venues.issuedInHongkou("密接超市").getJsonNumber("id").longValue();
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(SERIAL.incrementAndGet() % 9000);
        Person patient = Residents.add("刘病例", born, null, false);
        Person contact = Residents.add("陈静", born, "13800000002", false, "310109");
        Residents.bind("resident1", contact);
        CasesIT.pass(day, LocalTime.of(10, 0), venue, patient);
        CasesIT.pass(day, LocalTime.of(10, 5), venue, contact);
        long caseId = CasesIT.register(patient).getJsonNumber("id").longValue();

        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("tracer1", "/tracing/cases/view.xhtml?id=" + caseId);
            browser.find(By.id("case:visits:0:co-visitors")).click();
            browser.submit("case:co-visitors:0:add-contact");
            browser.waitForUrl("/tracing/contacts/view.xhtml");
            assertFalse(browser.url().contains(contact.reference()), "the person is never in an address");
            browser.submit("notify:notify-contact");
            browser.choose("assess:assessment", "密切接触者");
            browser.type("assess:note", "同一时段在店");
            browser.submit("assess:assess-contact");
            assertEquals("已研判", browser.find(By.id("status")).getText());
            assertEquals("密切接触者", browser.find(By.id("assessment")).getText());
            browser.logOut();

            browser.logInAndOpen("resident1", "/residents/me/code.xhtml");
            assertTrue(browser.find(By.id("code-colour")).getText().contains("红码"));
            assertTrue(browser.find(By.id("code-reason")).getText().contains("密切接触者"),
                    browser.find(By.id("code-reason")).getText());
        }
    }

    /**
     * A case opened for a fresh person, straight in the database (registering is the cases' API's test), under a
     * number far above any a day's registrations reach.
     */
    static long openCase() throws SQLException {
        Person positive = Residents.add("病例", LocalDate.of(1970, 1, 1), null, false);
        String reference = "TC-" + LocalDate.now().toString().replace("-", "") + "-9"
                + String.format("%07d", SERIAL.incrementAndGet());
        Database.update("INSERT INTO tracing_case (reference, resident_ref, sampled_on, source, status, opened_by,"
                        + " opened_at, version) VALUES (?, ?, ?, 'LAB-IT', 'OPEN', 'tracer1', ?, 0)", reference,
                positive.reference(), LocalDate.now(), Timestamp.from(Instant.now()));
        return Long.parseLong(Database.texts("SELECT id FROM tracing_case WHERE reference = ?", reference).get(0));
    }

    static String reference(long caseId) throws SQLException {
        return Database.texts("SELECT reference FROM tracing_case WHERE id = ?", caseId).get(0);
    }

    /** Adds the person to the case; answers the contact's path. */
    static String add(long caseId, Person person) {
        Api.Reply added = Api.as("tracer1").post("/api/v1/tracing/cases/" + caseId + "/contacts", person(person));
        assertEquals(201, added.status(), added.body());
        assertFalse(added.body().contains(person.name()), "a masked name only");
        String location = added.header("Location");
        return location.substring(location.indexOf("/api/v1/"));
    }

    static JsonObject person(Person person) {
        return Json.createObjectBuilder().add("person", person.reference()).build();
    }
}
