package org.sitepass.inspections.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Photos;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * inspector1 inspects a Hongkou venue with one failing item and a photo (kept without its location), raises an order,
 * manager1 answers it, inspector1 closes it; nobody outside sees it. The district prints the inspection's report; bodies
 * larger than six photos can make are refused unread.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionsIT {

    static final String INSPECTIONS = "/api/v1/inspections";
    static final String ORDERS = "/api/v1/inspection-orders";
    static final String[] ITEMS = {"POSTER_DISPLAYED", "POSTER_MATCHES", "SENTRIES_WORKING", "STAFF_CHECK_EVERYONE",
        "ALTERNATIVE_OFFERED", "RECORDS_KEPT"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void anInspectionWithAFailingItemAndAPhoto() {
        JsonObject venue = Venues.issuedInHongkou("检查测试超市");
        long id = venue.getJsonNumber("id").longValue();
        String photoData = Base64.getEncoder().encodeToString(Photos.jpegWithLocation());
        JsonObject form = inspection(id, venue.getString("codeNumber"), "STAFF_CHECK_EVERYONE")
                .add("photos", Json.createArrayBuilder().add(photoData)).build();
        Api.Reply submitted = Api.as("inspector1").post(INSPECTIONS, form);
        assertEquals(201, submitted.status(), submitted.body());
        JsonObject inspection = submitted.json();
        assertEquals("FAIL", inspection.getString("result"));
        assertTrue(inspection.getBoolean("posterMatches"));
        long photo = inspection.getJsonArray("photoIds").getJsonNumber(0).longValue();
        Api.Reply kept = Api.as("officer1").get(INSPECTIONS + "/photos/" + photo);
        assertEquals("image/jpeg", kept.contentType());
        assertFalse(Photos.carriesLocation(kept.bytes()), "the location was stripped before storing");

        long inspectionId = inspection.getJsonNumber("id").longValue();
        assertEquals(200, Api.as("officer1").get(INSPECTIONS + "/" + inspectionId).status());
        assertEquals(404, Api.as("officer2").get(INSPECTIONS + "/" + inspectionId).status());
        assertEquals(403, Api.as("manager1").get(INSPECTIONS + "/" + inspectionId).status());
        assertEquals(403, Api.as("officer1").post(INSPECTIONS, form).status(), "officers read, inspectors inspect");

        rectify(inspectionId);
    }

    /** An order from the failing item goes to manager1 only, is answered with a photo, and is closed. */
    private static void rectify(long inspectionId) {
        String deadline = LocalDate.now().plusDays(7).toString();
        assertEquals(409, Api.as("inspector1").post(ORDERS, order(inspectionId, "RECORDS_KEPT", deadline)).status(),
                "no order for an item that passed");
        Api.Reply raised = Api.as("inspector1").post(ORDERS, order(inspectionId, "STAFF_CHECK_EVERYONE", deadline));
        assertEquals(201, raised.status(), raised.body());
        long id = raised.json().getJsonNumber("id").longValue();

        JsonObject seen = Api.as("manager1").get("/api/v1/venue-orders").json();
        assertTrue(ids(seen).contains(id), "a new order is on the first page");
        assertFalse(seen.toString().contains("现场检查"), "the inspection's notes are not the manager's");
        assertFalse(ids(Api.as("manager2").get("/api/v1/venue-orders").json()).contains(id));
        JsonObject answer = Json.createObjectBuilder().add("note", "已安排专人逐一查验").add("photos",
                Json.createArrayBuilder().add(Base64.getEncoder().encodeToString(Photos.jpegWithLocation()))).build();
        assertEquals(404, Api.as("manager2").post("/api/v1/venue-orders/" + id + "/response", answer).status());
        JsonObject malformed = Json.createObjectBuilder(answer).add("photos", Json.createArrayBuilder()
                .add(Base64.getEncoder().encodeToString("GIF89a-not-a-photo".getBytes()))).build();
        assertEquals(404, Api.as("manager2").post("/api/v1/venue-orders/" + id + "/response", malformed).status(),
                "another venue's order is refused before its photos are decoded");
        assertEquals(400, Api.as("manager1").post("/api/v1/venue-orders/" + id + "/response", malformed).status(),
                "the owner's bad photo is a photo error");
        JsonObject oversize = Json.createObjectBuilder(answer).add("photos", oversizePhotos()).build();
        assertEquals(413, Api.as("manager1").post("/api/v1/venue-orders/" + id + "/response", oversize).status());
        JsonObject answered = Api.as("manager1").post("/api/v1/venue-orders/" + id + "/response", answer).json();
        assertEquals("RESPONDED", answered.getString("status"));
        long photo = answered.getJsonArray("photoIds").getJsonNumber(0).longValue();
        assertFalse(Photos.carriesLocation(Api.as("inspector1").get(ORDERS + "/photos/" + photo).bytes()));

        JsonObject oldNote = Json.createObjectBuilder().add("note", "复查合格").build();
        assertEquals(400, Api.as("inspector1").post(ORDERS + "/" + id + "/closure", oldNote).status(),
                "a decision gives its reason as every other decision does");
        JsonObject reason = Json.createObjectBuilder().add("reason", "复查合格").build();
        assertEquals("CLOSED", Api.as("inspector1").post(ORDERS + "/" + id + "/closure", reason).json()
                .getString("status"));
        assertEquals(409, Api.as("inspector1").post(ORDERS + "/" + id + "/escalation", reason).status());
        assertOrdersPaged(id);

        JsonObject compliance = Api.as("officer1").get("/api/v1/inspection-compliance").json();
        assertTrue(compliance.getInt("inspections") >= 1);
        JsonObject newest = Api.as("officer1").get("/api/v1/inspection-compliance/inspections?size=1").json();
        assertEquals(1, newest.getJsonArray("items").size());
        assertEquals(compliance.getInt("inspections"), newest.getJsonNumber("total").intValue());
        assertTrue(compliance.getJsonArray("failedByItem").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> "STAFF_CHECK_EVERYONE".equals(i.getString("item")) && i.getInt("failed") >= 1));
        assertTrue(Api.as("inspector1").get("/api/v1/inspection-compliance/csv").body()
                .startsWith("\uFEFFfigure,key,value"));
        assertEquals(0, Api.as("officer2").get("/api/v1/inspection-compliance").json().getInt("inspections"));
    }

    private static JsonObject order(long inspectionId, String item, String deadline) {
        return Json.createObjectBuilder().add("inspectionId", inspectionId).add("item", item)
                .add("requirement", "门岗须对每位进入人员查验").add("deadline", deadline).build();
    }

    @Test
    void incompleteChecklistsAndWrongFilesStoreNothing() {
        JsonObject venue = Venues.issuedInHongkou("检查测试超市");
        long id = venue.getJsonNumber("id").longValue();
        JsonObject missing = Json.createObjectBuilder().add("venueId", id).add("findings",
                Json.createArrayBuilder().add(item("POSTER_DISPLAYED", "PASS"))).build();
        Api.Reply refused = Api.as("inspector1").post(INSPECTIONS, missing);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("\"field\":\"findings\""), refused.body());
        JsonObject gif = inspection(id, venue.getString("codeNumber"), null).add("photos", Json.createArrayBuilder()
                .add(Base64.getEncoder().encodeToString("GIF89a-not-a-photo".getBytes()))).build();
        Api.Reply wrongType = Api.as("inspector1").post(INSPECTIONS, gif);
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.body().contains("\"field\":\"photos\""));
        assertEquals(404, Api.as("inspector1").post(INSPECTIONS, inspection(Long.MAX_VALUE, "x", null).build()).status());
    }

    @Test
    void theReportOfAnInspectionIsAPdfForItsDistrictOnly() throws IOException {
        JsonObject venue = Venues.issuedInHongkou("检查报告超市");
        String photo = Base64.getEncoder().encodeToString(Photos.jpegWithLocation());
        JsonObject form = inspection(venue.getJsonNumber("id").longValue(), venue.getString("codeNumber"), "RECORDS_KEPT")
                .add("photos", Json.createArrayBuilder().add(photo)).build();
        long id = Api.as("inspector1").post(INSPECTIONS, form).json().getJsonNumber("id").longValue();
        String report = INSPECTIONS + "/" + id + "/report";

        Api.Reply pdf = Api.as("officer1").get(report);
        assertEquals(200, pdf.status(), pdf.body());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII));
        String text = text(pdf.bytes());
        assertTrue(text.contains(venue.getString("name").replaceAll("\\s+", "")), text);
        assertTrue(text.contains("登记记录按规定保存"), text);
        assertTrue(text(Api.as("inspector1").inLanguage("en").get(report).bytes()).contains("Recordskeptasrequired"));
        assertEquals(404, Api.as("officer2").get(report).status());
        assertEquals(403, Api.as("manager1").get(report).status());
        assertTrue(Api.as("auditor1").get("/api/v1/audit-entries?actor=officer1&action=INSPECTION_REPORT_EXPORTED")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> String.valueOf(id).equals(e.getString("objectId"))), "the export is audited");
    }

    @Test
    void aBodyLargerThanSixPhotosCanMakeIsRefusedAndStoresNothing() throws SQLException {
        JsonObject venue = Venues.issuedInHongkou("检查测试超市");
        long id = venue.getJsonNumber("id").longValue();
        JsonObject form = inspection(id, venue.getString("codeNumber"), null).add("photos", oversizePhotos()).build();
        long before = inspectionsOf(id);
        Api.Reply refused = Api.as("inspector1").post(INSPECTIONS, form);
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("urn:sitepass:problem:body-too-large", refused.json().getString("type"));
        assertEquals(before, inspectionsOf(id));
    }

    /** 50 MB of base64, more than six photos of 5 MB make. */
    /** The district's orders come a page at a time, those still pending first, the closed one among the rest. */
    private static void assertOrdersPaged(long closed) {
        JsonObject one = Api.as("officer1").get(ORDERS + "?size=1").json();
        assertEquals(1, one.getJsonArray("items").size());
        assertTrue(one.getJsonNumber("total").longValue() >= 1);
        assertEquals(400, Api.as("officer1").get(ORDERS + "?size=201").status(), "a page holds at most 200");
        JsonObject all = Api.as("officer1").get(ORDERS + "?size=200").json();
        assertTrue(ids(all).contains(closed));
        List<Boolean> pending = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> Set.of("OPEN", "RESPONDED").contains(o.getString("status"))).toList();
        assertEquals(pending.stream().sorted(Comparator.reverseOrder()).toList(), pending, "pending orders first");
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static JsonArrayBuilder oversizePhotos() {
        String photo = "A".repeat(10 * 1024 * 1024);
        JsonArrayBuilder photos = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            photos.add(photo);
        }
        return photos;
    }

    private static long inspectionsOf(long venue) throws SQLException {
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement count = db.prepareStatement(
                     "SELECT COUNT(*) FROM inspections_inspection WHERE venue_id = ?")) {
            count.setLong(1, venue);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static JsonObjectBuilder inspection(long venue, String code, String failing) {
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (String item : ITEMS) {
            findings.add(item(item, item.equals(failing) ? "FAIL" : "PASS"));
        }
        return Json.createObjectBuilder().add("venueId", venue).add("posterCode", code)
                .add("latitude", 31.2712).add("longitude", 121.4856).add("findings", findings);
    }

    private static JsonObject item(String item, String verdict) {
        return Json.createObjectBuilder().add("item", item).add("verdict", verdict).add("note", "现场检查").build();
    }

}
