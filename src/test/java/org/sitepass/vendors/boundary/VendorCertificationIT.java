package org.sitepass.vendors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Stack;

/**
 * vendor1 registers its company, uploads a licence and submits; officer1 certifies it; vendor1 submits a model
 * with its test report; it is certified and appears in the public directory. vendor2 and others stay out.
 * The steps build on each other, in order, on the shared test database.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorCertificationIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String VALID_UNTIL = LocalDate.now().plusYears(2).toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    @Order(1)
    void aVendorRegistersWithALicenceAndIsCertified() throws SQLException {
        Api vendor = Api.as("vendor1");
        Api.Reply registered = vendor.post("/api/v1/vendors", company("914403001922038216", "上海哨兵科技有限公司"));
        assertEquals(201, registered.status(), registered.body());
        assertEquals("DRAFT", registered.json().getString("standing"));
        assertEquals("王五", registered.json().getString("contactPerson"), "the vendor sees its own contact");
        assertEquals(400, vendor.post("/api/v1/vendors/mine/submission").status(), "no licence yet");
        assertEquals(400, vendor.post("/api/v1/vendors/mine/licences?fileName=licence.pdf", "application/pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)).status(), "typed by content");
        assertEquals(201, vendor.post("/api/v1/vendors/mine/licences?fileName=licence.pdf", "application/pdf", PDF)
                .status());
        assertEquals("SUBMITTED", vendor.post("/api/v1/vendors/mine/submission").json().getString("standing"));

        long id = registered.json().getJsonNumber("id").longValue();
        Api officer = Api.as("officer1");
        String list = officer.get("/api/v1/certifications/vendors").body();
        assertTrue(list.contains("\"id\":" + id + ","));
        assertFalse(list.contains("contactPerson"), "a list needs no contact: " + list);
        JsonObject onePerPage = officer.get("/api/v1/certifications/vendors?size=1").json();
        assertEquals(1, onePerPage.getJsonArray("items").size());
        assertTrue(onePerPage.getJsonNumber("total").longValue() >= 1, onePerPage.toString());
        assertEquals(400, officer.get("/api/v1/certifications/models?size=201").status());
        JsonObject read = officer.get("/api/v1/certifications/vendors/" + id).json();
        assertEquals("138****5678", read.getString("contactMobile"));
        assertEquals("王*", read.getString("contactPerson"), "officers see the contact's name masked");
        String stored = Database.texts("SELECT contact_person FROM vendors_vendor WHERE id = ?", id).get(0);
        assertTrue(stored.matches(FieldCipher.SEALED_SHAPE) && !stored.contains("王"),
                "the name is sealed at rest: " + stored);
        JsonObject certified = officer.post("/api/v1/certifications/vendors/" + id + "/certification",
                grant("SH-SENTRY-V-0001")).json();
        assertEquals("CERTIFIED", certified.getString("standing"));
        assertFalse(certified.containsKey("contactPerson"), "a decision answers without the contact");
        assertEquals(409, officer.post("/api/v1/certifications/vendors/" + id + "/certification",
                grant("SH-SENTRY-V-0002")).status(), "decided once");
    }

    @Test
    @Order(2)
    void aCertifiedVendorsModelIsCertifiedAndListedPublicly() {
        Api vendor = Api.as("vendor1");
        Api.Reply model = vendor.post("/api/v1/device-models", Json.createObjectBuilder()
                .add("name", "哨兵 X1 " + System.nanoTime())
                .add("formFactor", "PILLAR")
                .add("capabilities", Json.createArrayBuilder().add("HEALTH_CODE").add("ID_CARD").add("TEMPERATURE"))
                .add("firmwareVersion", "1.4.2").build());
        assertEquals(201, model.status(), model.body());
        long id = model.json().getJsonNumber("id").longValue();
        assertEquals(400, vendor.post("/api/v1/device-models/" + id + "/submission").status(), "no report yet");
        assertEquals(201, vendor.post("/api/v1/device-models/" + id + "/test-report?fileName=report.pdf",
                "application/pdf", PDF).status());
        assertEquals("SUBMITTED", vendor.post("/api/v1/device-models/" + id + "/submission").json()
                .getString("standing"));
        assertEquals("CERTIFIED", Api.as("officer1").post("/api/v1/certifications/models/" + id + "/certification",
                grant("SH-SENTRY-M-" + id)).json().getString("standing"));

        Api.Reply directory = Api.anonymous().get("/api/v1/qualified-suppliers?q=SH-SENTRY-M-" + id);
        assertEquals(200, directory.status(), "public, no login");
        assertTrue(directory.body().contains(model.json().getString("name")));
        assertFalse(directory.body().contains("13812345678") || directory.body().contains("contactMobile"));
    }

    @Test
    @Order(3)
    void othersSeeNothingOfAVendor() {
        long id = Api.as("vendor1").get("/api/v1/vendors/mine").json().getJsonNumber("id").longValue();
        long document = Api.as("vendor1").get("/api/v1/vendors/mine/documents").jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, Api.as("vendor1").get("/api/v1/vendors/mine/documents/" + document).status());
        assertEquals(404, Api.as("vendor2").get("/api/v1/vendors/mine/documents/" + document).status());
        assertEquals(403, Api.as("vendor2").get("/api/v1/certifications/vendors/" + id).status());
        assertEquals(403, Api.as("manager1").get("/api/v1/vendors/mine").status());
        assertEquals(403, Api.as("inspector1").post("/api/v1/certifications/vendors/" + id + "/suspension",
                reason("检查发现问题")).status());
        assertEquals(401, Api.anonymous().get("/api/v1/vendors/mine").status());
    }

    @Test
    @Order(4)
    void aSuspendedVendorRegistersNoNewModel() {
        long id = Api.as("vendor1").get("/api/v1/vendors/mine").json().getJsonNumber("id").longValue();
        Api officer = Api.as("officer1");
        assertEquals("SUSPENDED", officer.post("/api/v1/certifications/vendors/" + id + "/suspension",
                reason("抽检不合格，暂停新增")).json().getString("standing"));
        Api.Reply refused = Api.as("vendor1").post("/api/v1/device-models", Json.createObjectBuilder()
                .add("name", "哨兵 X2 " + System.nanoTime()).add("formFactor", "HANDHELD")
                .add("capabilities", Json.createArrayBuilder().add("HEALTH_CODE"))
                .add("firmwareVersion", "2.0").build());
        assertEquals(409, refused.status(), refused.body());
        assertEquals("CERTIFIED", officer.post("/api/v1/certifications/vendors/" + id + "/reinstatement",
                reason("复检合格，恢复")).json().getString("standing"));
    }

    @Test
    @Order(5)
    void badInputIsNamedFieldByField() {
        String before = Api.as("vendor2").get("/api/v1/vendors/mine").body();
        Api.Reply reply = Api.as("vendor2").inLanguage("en").post("/api/v1/vendors", Json.createObjectBuilder()
                .add("name", "<b>bold</b>").add("creditCode", "123").add("address", "")
                .add("contactPerson", "李四").add("contactMobile", "555")
                .add("serviceDistricts", Json.createArrayBuilder().add("999")).build());
        assertEquals(400, reply.status());
        String body = reply.body();
        for (String field : new String[] {"name", "creditCode", "address", "contactMobile"}) {
            assertTrue(body.contains("\"field\":\"" + field + "\""), field + " in " + body);
        }
        assertTrue(body.contains("serviceDistricts"), body);
        assertEquals(before, Api.as("vendor2").get("/api/v1/vendors/mine").body(), "nothing written");
    }

    static JsonObject company(String creditCode, String name) {
        return Json.createObjectBuilder()
                .add("name", name).add("creditCode", creditCode).add("address", "上海市虹口区东大名路 1 号")
                .add("contactPerson", "王五").add("contactMobile", "13812345678")
                .add("serviceDistricts", Json.createArrayBuilder().add("310109").add("310115")).build();
    }

    static JsonObject grant(String number) {
        return Json.createObjectBuilder().add("certificateNumber", number).add("validUntil", VALID_UNTIL).build();
    }

    static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }
}
