package org.sitepass.sites.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.sites.entity.CodeNumber;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.QrCodes;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/** The site-code flows through the API with real tokens: apply, review, posters, verification, lifecycle. */
@ExtendWith(ArquillianExtension.class)
class SiteCodeJourneyIT {

    static final String VENUES = "/api/v1/venues";
    static final String REVIEWS = "/api/v1/venue-reviews";
    static final String VERIFY = "/api/v1/site-codes/verify";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void appliedApprovedPrintedAndVerified() throws SQLException {
        long id = submitted("联华超市");
        JsonObject approved = Api.as("officer1").post(REVIEWS + "/" + id + "/approval").json();
        assertEquals("ACTIVE", approved.getString("status"));
        String codeNumber = approved.getString("codeNumber");
        assertTrue(codeNumber.matches("310109-[0-9]{7}-[0-9X]"), codeNumber);
        assertEquals("138****5678", approved.getString("contactMobile"), "officers see the mobile masked");
        assertEquals("张*", approved.getString("responsiblePerson"), "and the responsible person's name");
        assertEquals("张*", Api.as("officer1").get(REVIEWS + "/" + id).json().getString("responsiblePerson"));
        JsonObject own = Api.as("manager1").get(VENUES + "/" + id).json();
        assertEquals("张三", own.getString("responsiblePerson"), "the venue's manager sees the name in full");
        String stored = Database.texts("SELECT responsible_person FROM sites_venue WHERE id = ?", id).get(0);
        assertTrue(stored.matches(FieldCipher.SEALED_SHAPE) && !stored.contains("张"),
                "the name is sealed at rest: " + stored);

        Api.Reply pdf = Api.as("manager1").get(VENUES + "/" + id + "/poster.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"));
        assertEquals("attachment; filename=\"site-code-" + id + ".pdf\"", pdf.header("Content-Disposition"));
        assertEquals("nosniff", pdf.header("X-Content-Type-Options"));
        assertEquals("private, no-store", pdf.header("Cache-Control"));
        String payload = QrCodes.fromPdf(pdf.bytes());
        assertEquals(payload, QrCodes.fromPng(Api.as("manager1").get(VENUES + "/" + id + "/poster.png").bytes()));

        Api.Reply check = Api.as("resident1").post(VERIFY, Json.createObjectBuilder().add("payload", payload).build());
        assertEquals(200, check.status(), check.body());
        assertEquals(codeNumber, check.json().getString("codeNumber"));
        assertEquals("ACTIVE", check.json().getString("status"));
        assertTrue(auditHas("SITE_CODE_APPROVED", id));
    }

    @Test
    void suspendedAndRevokedCodesFailVerificationWithTheirReason() throws SQLException {
        long id = issued("全家便利店");
        String payload = QrCodes.fromPdf(Api.as("manager1").get(VENUES + "/" + id + "/poster.pdf").bytes());
        String code = Api.as("manager1").get(VENUES + "/" + id).json().getString("codeNumber");
        JsonObject reason = Json.createObjectBuilder().add("reason", "未落实扫码查验，暂停整改").build();

        assertEquals(200, Api.as("officer1").post("/api/v1/site-codes/" + code + "/suspension", reason).status());
        assertRefused(verify(payload), "suspended");
        assertTrue(auditHas("SITE_CODE_SUSPENDED", id));
        assertEquals(409, Api.as("manager1").get(VENUES + "/" + id + "/poster.pdf").status(),
                "no poster of a suspended code");
        assertEquals(200, Api.as("officer1").post("/api/v1/site-codes/" + code + "/reinstatement", reason).status());
        assertEquals(200, verify(payload).status());
        assertEquals(200, Api.as("officer1").post("/api/v1/site-codes/" + code + "/revocation", reason).status());
        assertRefused(verify(payload), "revoked");
        assertEquals(409, Api.as("officer1").post("/api/v1/site-codes/" + code + "/reinstatement", reason).status());
    }

    @Test
    void forgedOrGarbledPayloadsAreRefused() {
        long id = issued("好德便利");
        String payload = QrCodes.fromPdf(Api.as("manager1").get(VENUES + "/" + id + "/poster.pdf").bytes());
        String number = payload.substring(payload.indexOf("SP1.") + 4, payload.indexOf("SP1.") + 20);
        String otherCode = CodeNumber.of("310109", CodeNumber.parse(number).orElseThrow().sequence() + 1).value();
        String altered = payload.replace(number, otherCode);
        assertRefused(verify(altered), "bad-signature");
        assertRefused(verify("https://example.com/not-a-site-code"), "malformed");
        assertEquals(400, verify("").status());
    }

    @Test
    void aRejectedVenueIsCorrectedAndResubmitted() throws SQLException {
        long id = submitted("农工商超市");
        JsonObject reason = Json.createObjectBuilder().add("reason", "地址缺少门牌号，请补充后重新提交").build();
        JsonObject rejected = Api.as("officer1").post(REVIEWS + "/" + id + "/rejection", reason).json();
        assertEquals("REJECTED", rejected.getString("status"));
        JsonObject seen = Api.as("manager1").get(VENUES + "/" + id).json();
        assertEquals("地址缺少门牌号，请补充后重新提交", seen.getString("rejectionReason"));

        JsonObject corrected = Venues.with(Venues.hongkou(seen.getString("name")).build(), "address", "欧阳路 221 号");
        assertEquals(200, Api.as("manager1").put(VENUES + "/" + id, corrected).status());
        assertEquals("SUBMITTED", Api.as("manager1").post(VENUES + "/" + id + "/submission").json().getString("status"));
        assertTrue(auditHas("SITE_CODE_REJECTED", id));
    }

    @Test
    void aRenameGoesToReviewWhileTheCodeStaysValid() {
        long id = issued("快客便利");
        String payload = QrCodes.fromPdf(Api.as("manager1").get(VENUES + "/" + id + "/poster.pdf").bytes());
        JsonObject current = Api.as("manager1").get(VENUES + "/" + id).json();
        String newName = current.getString("name") + "（更名）";
        JsonObject renamed = Venues.with(Venues.hongkou(newName).add("address", current.getString("address")).build(),
                "name", newName);
        Api.Reply reply = Api.as("manager1").put(VENUES + "/" + id, renamed);
        assertEquals("CHANGE_UNDER_REVIEW", reply.json().getString("status"), reply.body());
        Api.Reply check = verify(payload);
        assertEquals(200, check.status());
        assertEquals(current.getString("name"), check.json().getString("venueName"), "the approved name until review");
        Api.as("officer1").post(REVIEWS + "/" + id + "/approval");
        assertEquals(newName, verify(payload).json().getString("venueName"));
    }

    @Test
    void duplicatesAreFlaggedInTheQueue() {
        JsonObject first = Venues.hongkou(Venues.uniqueName("盒马鲜生")).build();
        long a = submit(first);
        long b = submit(Venues.with(first, "name", first.getString("name") + " "));
        long distinct = submitted("盒马鲜生");
        JsonObject page = Api.as("officer1").get(REVIEWS + "?size=200&sort=submittedAt&descending=true").json();
        int seen = 0;
        for (var entry : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            long id = entry.getJsonNumber("id").longValue();
            if (id == a || id == b || id == distinct) {
                assertEquals(id != distinct, entry.getBoolean("possibleDuplicate"), entry.toString());
                seen++;
            }
        }
        assertEquals(3, seen);
    }

    @Test
    void theDistrictViewCountsTodaysSubmissions() {
        submitted("城市超市");
        JsonObject figures = Api.as("officer1").get("/api/v1/site-code-report").json();
        assertEquals("310109", figures.getString("districtCode"));
        var days = figures.getJsonArray("days");
        assertEquals(30, days.size());
        assertTrue(days.getJsonObject(29).getInt("submitted") >= 1);
        assertTrue(figures.getJsonObject("backlog").getInt("total") >= 1);
        Api.Reply csv = Api.as("officer1").inLanguage("en").get("/api/v1/site-code-report/csv");
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFFigure,Key,Label,Value"), csv.body().substring(0, 40));
        JsonObject pudong = Api.as("officer2").get("/api/v1/site-code-report").json();
        assertEquals("310115", pudong.getString("districtCode"));
        assertEquals(0, pudong.getJsonObject("backlog").getInt("total"), "Hongkou's venues stay in Hongkou");
        assertEquals(400, Api.as("officer1").get("/api/v1/site-code-report?from=2026-02-30").status());
    }

    static long submitted(String base) {
        return submit(Venues.hongkou(Venues.uniqueName(base)).build());
    }

    static long submit(JsonObject venue) {
        Api.Reply created = Api.as("manager1").post(VENUES, venue);
        assertEquals(201, created.status(), created.body());
        assertEquals("DRAFT", created.json().getString("status"));
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = Api.as("manager1").post(VENUES + "/" + id + "/submission");
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.body());
        return id;
    }

    static long issued(String base) {
        long id = submitted(base);
        assertEquals(200, Api.as("officer1").post(REVIEWS + "/" + id + "/approval").status());
        return id;
    }

    private static Api.Reply verify(String payload) {
        return Api.as("resident1").post(VERIFY, Json.createObjectBuilder().add("payload", payload).build());
    }

    private static void assertRefused(Api.Reply reply, String reason) {
        assertEquals(422, reply.status(), reply.body());
        assertEquals("urn:sitepass:problem:site-code:" + reason, reply.json().getString("type"));
        assertFalse(reply.json().getString("detail").isBlank());
    }


    static boolean auditHas(String action, long venueId) throws SQLException {
        try (Connection c = Database.testDatabase().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM platform_audit_entry WHERE action = ? AND object_id = ?")) {
            s.setString(1, action);
            s.setString(2, String.valueOf(venueId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }
}
