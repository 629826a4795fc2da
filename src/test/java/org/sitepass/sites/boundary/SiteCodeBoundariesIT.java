package org.sitepass.sites.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.platform.control.CryptoKeys;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/** Who may touch which venue, and what bad input is told; nothing is written when input is refused. */
@ExtendWith(ArquillianExtension.class)
class SiteCodeBoundariesIT {

    static final String VENUES = SiteCodeJourneyIT.VENUES;
    static final String REVIEWS = SiteCodeJourneyIT.REVIEWS;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aJsonBodyOverSixtyFourKilobytesIsRefusedAsItArrives() {
        byte[] large = Json.createObjectBuilder().add("payload", "SP1." + "x".repeat(1024 * 1024)).build()
                .toString().getBytes(StandardCharsets.UTF_8);
        for (Api.Reply refused : List.of(Api.as("resident1").post(SiteCodeJourneyIT.VERIFY, "application/json", large),
                Api.as("resident1").postChunked(SiteCodeJourneyIT.VERIFY, "application/json", large))) {
            assertEquals(413, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("urn:sitepass:problem:body-too-large", refused.json().getString("type"));
            assertEquals("提交的内容过大：最多 64 KB。", refused.json().getString("detail"));
        }
        Api.Reply english = Api.as("resident1").inLanguage("en")
                .postChunked(SiteCodeJourneyIT.VERIFY, "application/json", large);
        assertEquals("The request is too large: at most 64 KB.", english.json().getString("detail"));
    }

    @Test
    void anotherManagersVenueDoesNotExist() {
        long id = SiteCodeJourneyIT.issued("罗森便利店");
        Api manager2 = Api.as("manager2");
        assertEquals(404, manager2.get(VENUES + "/" + id).status());
        assertEquals(404, manager2.put(VENUES + "/" + id, Venues.hongkou("抢注").build()).status());
        assertEquals(404, manager2.post(VENUES + "/" + id + "/submission").status());
        assertEquals(404, manager2.get(VENUES + "/" + id + "/poster.pdf").status());
        assertEquals(404, manager2.get(VENUES + "/" + id + "/history").status());
        assertTrue(manager2.get(VENUES + "?size=200").body().indexOf("\"id\":" + id + ",") < 0);
    }

    @Test
    void anOfficerOfAnotherDistrictSeesNothing() {
        long id = SiteCodeJourneyIT.submitted("喜士多便利店");
        Api pudong = Api.as("officer2");
        assertEquals(404, pudong.get(REVIEWS + "/" + id).status());
        assertEquals(404, pudong.post(REVIEWS + "/" + id + "/approval").status());
        assertEquals(404, pudong.post(REVIEWS + "/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", "不是本区的场所").build()).status());
        assertTrue(pudong.get(REVIEWS + "?size=200").body().indexOf("\"id\":" + id + ",") < 0);
        assertEquals("SUBMITTED", Api.as("manager1").get(VENUES + "/" + id).json().getString("status"));
    }

    @Test
    void otherRolesAndStrangersAreKeptOut() {
        long id = SiteCodeJourneyIT.submitted("美宜佳便利店");
        assertEquals(403, Api.as("vendor1").get(VENUES).status());
        assertEquals(403, Api.as("vendor1").post(REVIEWS + "/" + id + "/approval").status());
        assertEquals(403, Api.as("manager1").post(REVIEWS + "/" + id + "/approval").status());
        assertEquals(403, Api.as("officer1").get(VENUES).status());
        assertEquals(403, Api.as("inspector1").get(REVIEWS + "/" + id).status(), "inspectors do not review");
        assertEquals(403, Api.as("inspector1").post(REVIEWS + "/" + id + "/approval").status());
        assertEquals(401, Api.anonymous().get(VENUES + "/" + id).status());
        assertEquals(401, Api.anonymous().post(SiteCodeJourneyIT.VERIFY,
                Json.createObjectBuilder().add("payload", "SP1.x").build()).status());
        assertEquals("SUBMITTED", Api.as("manager1").get(VENUES + "/" + id).json().getString("status"));
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsWritten() throws SQLException {
        long before = venueCount();
        JsonObject bad = Json.createObjectBuilder(Venues.hongkou("<script>alert(1)</script>").build())
                .add("operatorCreditCode", "91310000607216596X")
                .add("contactMobile", "12345")
                .add("address", "x".repeat(201))
                .build();
        Api.Reply reply = Api.as("manager1").post(VENUES, bad);
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("address", "contactMobile", "name", "operatorCreditCode"), fields(reply));
        assertTrue(reply.body().contains("统一社会信用代码无效"), reply.body());

        Api.Reply english = Api.as("manager1").inLanguage("en").post(VENUES,
                Venues.with(Venues.hongkou("Unknown district").build(), "districtCode", "999999"));
        assertEquals(List.of("districtCode", "streetCode"), fields(english));
        assertTrue(english.body().contains("Choose one of Shanghai's districts"), english.body());

        Api.Reply wrongType = Api.as("manager1").post(VENUES, "application/json",
                "{\"name\":\"x\",\"entrances\":\"many\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("urn:sitepass:problem:unreadable-body", wrongType.json().getString("type"));
        assertEquals(400, Api.as("manager1").post(VENUES, "application/json",
                "{\"name\": \"unterminated".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(400, Api.as("manager1").post(VENUES, Json.createObjectBuilder().build()).status());
        assertEquals(before, venueCount());
    }

    @Test
    void anOfficerDoesNotSeeDrafts() {
        Api.Reply draft = Api.as("manager1").post(VENUES, Venues.hongkou(Venues.uniqueName("草稿超市")).build());
        long id = draft.json().getJsonNumber("id").longValue();
        assertEquals(404, Api.as("officer1").get(REVIEWS + "/" + id).status());
        assertEquals(404, Api.as("officer1").post(REVIEWS + "/" + id + "/approval").status());
        assertEquals(400, Api.as("officer1").get(REVIEWS + "?submittedFrom=2026-13-45").status());
    }

    @Test
    void aDecisionTakesAReasonOfTwoTo500PlainCharacters() {
        long id = SiteCodeJourneyIT.submitted("快客便利店");
        Api officer = Api.as("officer1").inLanguage("en");
        Api.Reply tooShort = officer.post(REVIEWS + "/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", " 否 ").build());
        assertEquals(400, tooShort.status());
        assertTrue(tooShort.body().contains("Give the reason in 2 to 500 characters"), tooShort.body());
        assertEquals(400, officer.post(REVIEWS + "/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", "<b>不符</b>").build()).status());
        assertEquals("SUBMITTED", Api.as("manager1").get(VENUES + "/" + id).json().getString("status"));
        assertEquals("REJECTED", officer.post(REVIEWS + "/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", "不符").build()).json().getString("status"));
    }

    @Test
    void submittingAnIncompleteDraftNamesEveryMissingField() {
        Api.Reply draft = Api.as("manager1").post(VENUES,
                Json.createObjectBuilder().add("name", Venues.uniqueName("只有名字的草稿")).build());
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        Api.Reply refused = Api.as("manager1").post(VENUES + "/" + id + "/submission");
        assertEquals(400, refused.status());
        assertTrue(fields(refused).containsAll(List.of("address", "categoryCode", "contactMobile", "districtCode")));
        assertEquals("DRAFT", Api.as("manager1").get(VENUES + "/" + id).json().getString("status"));
    }

    @Test
    void aBulkFileCreatesGoodRowsAndReportsBadOnes() throws SQLException {
        String csv = "\uFEFF场所名称,场所类别,所属区,街道镇,详细地址,经营主体名称,统一社会信用代码,负责人,联系手机,出入口数量,日均预计人流\n"
                + row(Venues.uniqueName("联华超市分店"), "超市和农贸市场", "虹口区", "欧阳路街道", "13812345678")
                + row(Venues.uniqueName("联华超市分店"), "MARKET", "310109", "310109017", "13912345678")
                + row(Venues.uniqueName("联华超市分店"), "MARKET", "310109", "310115001", "123");
        Api.Reply reply = Api.as("manager1").post("/api/v1/venue-batches?fileName=stores.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertEquals(2, report.getInt("accepted"));
        assertEquals(1, report.getInt("rejected"));
        JsonObject bad = report.getJsonArray("rows").getJsonObject(2);
        assertEquals(4, bad.getInt("rowNumber"));
        assertEquals(2, bad.getJsonArray("problems").size(), bad.toString());
        long batch = report.getJsonNumber("batchId").longValue();
        assertEquals(1, Api.as("manager1").get("/api/v1/venue-batches/" + batch).json().getInt("rejected"));
        assertEquals(404, Api.as("manager2").get("/api/v1/venue-batches/" + batch).status());
        byte[] stored = storedFile(batch);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("13812345678"), "kept sealed");
        FieldCipher cipher = new FieldCipher(CryptoKeys.fieldKeys("keys", Stack.env("SITEPASS_CRYPTO_FIELD_KEYS")),
                Stack.env("SITEPASS_CRYPTO_ACTIVE_KEY"));
        assertEquals(csv, new String(cipher.openBytes(stored, "sites_batch.content"), StandardCharsets.UTF_8));

        long uploaded = report.getJsonArray("rows").getJsonObject(0).getJsonNumber("venueId").longValue();
        String name = Database.texts("SELECT responsible_person FROM sites_venue WHERE id = ?", uploaded).get(0);
        assertEquals("王五", cipher.open(name, "sites_venue.responsible_person"), "an uploaded name is sealed too");
        assertEquals("王五", Api.as("manager1").get("/api/v1/venues/" + uploaded).json()
                .getString("responsiblePerson"));
    }

    @Test
    void aMalformedBulkFileCreatesNothing() throws SQLException {
        long venues = venueCount();
        byte[] gbk = "场所名称,场所类别\n联华超市,MARKET\n".getBytes(Charset.forName("GBK"));
        Api.Reply reply = Api.as("manager1").post("/api/v1/venue-batches?fileName=gbk.csv", "text/csv", gbk);
        assertEquals(400, reply.status());
        assertEquals(List.of("file"), fields(reply));
        assertTrue(reply.body().contains("UTF-8"));
        assertEquals(venues, venueCount());
    }

    private static String row(String name, String category, String district, String street, String mobile) {
        return String.join(",", name, category, district, street, "欧阳路 " + System.nanoTime() % 1000 + " 号",
                "上海联华超市有限公司", "91310000607216596U", "王五", mobile, "1", "300") + "\n";
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> fields.add(e.getString("field")));
        return fields.stream().distinct().sorted().toList();
    }

    private static byte[] storedFile(long batch) throws SQLException {
        try (Connection c = Database.testDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT content FROM sites_batch WHERE id = " + batch)) {
            r.next();
            return r.getBytes(1);
        }
    }

    private static long venueCount() throws SQLException {
        try (Connection c = Database.testDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sites_venue")) {
            r.next();
            return r.getLong(1);
        }
    }
}
