package org.sitepass.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.QrCodes;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Residents.Person;
import org.sitepass.testing.Stack;

/**
 * The offline paper code's life through the API with real tokens (issue, print, scan, reissue, loss, scope), and
 * through the pages in Chromium: the service centre's counter and a resident's phone.
 */
@ExtendWith(ArquillianExtension.class)
class OfflineCodeIT {

    static final String CODES = "/api/v1/offline-codes";
    static final String RESOLUTION = CODES + "/resolution";
    static final String MINE = "/api/v1/residents/me/offline-code";
    /** officer1's district in the dev realm. */
    static final String DISTRICT = "310109";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aChildsCardIsPrintedScannedAndVoidedByItsReissue() throws SQLException {
        Person child = Residents.add("欧阳小华", today().minusYears(8), null, false, DISTRICT);
        Api.Reply issued = Api.as("officer1").post(CODES, person(child).build());
        assertEquals(201, issued.status(), issued.body());
        JsonObject code = issued.json();
        long id = code.getJsonNumber("id").longValue();
        assertTrue(issued.header("Location").endsWith(CODES + "/" + id), issued.header("Location"));
        assertEquals("ACTIVE", code.getString("status"));
        assertEquals("欧**华", code.getString("maskedName"));
        assertEquals("officer1", code.getString("issuedBy"));
        assertFalse(code.containsKey("proxy") && !code.isNull("proxy"), "collected in person");

        Api.Reply a4 = Api.as("officer1").get(CODES + "/" + id + "/card.pdf?format=A4");
        assertEquals(200, a4.status(), a4.body());
        assertTrue(a4.contentType().startsWith("application/pdf"));
        assertEquals("private, no-store", a4.header("Cache-Control"));
        String payload = QrCodes.fromPdf(a4.bytes());
        assertTrue(payload.matches("OC1\\.[A-Za-z0-9_-]{22}\\.[a-z0-9]+\\.[A-Za-z0-9_-]{86}"), payload);
        assertFalse(payload.contains(child.idNumber()) || payload.contains(child.reference()), "no identity");
        assertEquals(payload, QrCodes.fromPdf(Api.as("officer1").get(CODES + "/" + id + "/card.pdf").bytes()),
                "the A6 card carries the same code");
        assertEquals(400, Api.as("officer1").get(CODES + "/" + id + "/card.pdf?format=A3").status());

        JsonObject scan = resolve(payload);
        assertEquals("VALID", scan.getString("outcome"));
        assertEquals("欧**华", scan.getString("maskedName"));
        assertEquals("GREEN", scan.getString("colour"), "the status now, which the card never shows");

        Api.Reply reissued = Api.as("officer1").post(CODES, person(child).build());
        assertEquals(201, reissued.status(), reissued.body());
        long newId = reissued.json().getJsonNumber("id").longValue();
        assertNotEquals(id, newId);
        JsonObject old = Api.as("officer1").get(CODES + "/" + id).json();
        assertEquals("VOID", old.getString("status"));
        assertEquals("REISSUED", old.getString("voidReason"));
        assertEquals("VOID", resolve(payload).getString("outcome"));
        assertFalse(resolve(payload).containsKey("colour") && !resolve(payload).isNull("colour"));
        assertEquals(409, Api.as("officer1").get(CODES + "/" + id + "/card.pdf").status(), "no dead card printed");
        String newPayload = QrCodes.fromPdf(Api.as("officer1").get(CODES + "/" + newId + "/card.pdf").bytes());
        assertNotEquals(payload, newPayload);
        assertEquals("VALID", resolve(newPayload).getString("outcome"));

        // Filed under the person's reference, as "My data" lists them: the counter's, the scans', the prints'.
        List<String> aboutChild = Database.texts("SELECT DISTINCT CONCAT(action, ': ', purpose)"
                + " FROM platform_audit_entry WHERE object_type = 'resident' AND object_id = ?", child.reference());
        assertTrue(aboutChild.containsAll(List.of("RESIDENT_READ: offline code service",
                "RESIDENT_READ: offline code scanned", "OFFLINE_CODE_PRINTED: A4", "OFFLINE_CODE_PRINTED: A6",
                "OFFLINE_CODE_VOIDED: REISSUED")), aboutChild.toString());
        assertEquals(List.of(), Database.texts("SELECT action FROM platform_audit_entry WHERE object_type = 'resident'"
                + " AND object_id = ?", String.valueOf(child.id())), "never under the internal id");
        assertEquals(1, Database.texts("SELECT purpose FROM platform_audit_entry WHERE action = 'OFFLINE_CODE_VOIDED'"
                + " AND object_id = ?", String.valueOf(id)).size());
    }

    @Test
    void anElderCollectedByAProxyIsRecordedAndALossVoidsTheCard() throws SQLException {
        Person elder = Residents.add("王桂英", today().minusYears(60), null, false, DISTRICT);
        Person son = Residents.add("王建军", today().minusYears(35), null, false, DISTRICT);
        JsonObject proxy = Json.createObjectBuilder().add("documentType", "10")
                .add("documentNumber", son.idNumber()).add("name", son.name()).add("relationship", "CHILD").build();
        Api.Reply issued = Api.as("officer1").post(CODES, person(elder).add("proxy", proxy).build());
        assertEquals(201, issued.status(), issued.body());
        JsonObject recorded = issued.json().getJsonObject("proxy");
        assertEquals("CHILD", recorded.getString("relationship"));
        assertEquals("王*军", recorded.getString("maskedName"), "masked as residents are");
        assertTrue(recorded.getString("maskedDocumentNumber").contains("*"));
        long id = issued.json().getJsonNumber("id").longValue();
        String sealed = Database.texts("SELECT proxy_number_sealed FROM residents_offline_code WHERE id = ?", id)
                .get(0);
        assertTrue(sealed.matches(FieldCipher.SEALED_SHAPE) && !sealed.contains(son.idNumber().substring(6)));

        String payload = QrCodes.fromPdf(Api.as("officer1").get(CODES + "/" + id + "/card.pdf").bytes());
        Api.Reply lost = Api.as("officer1").post(CODES + "/" + id + "/loss");
        assertEquals(200, lost.status(), lost.body());
        assertEquals("LOST", lost.json().getString("voidReason"));
        assertEquals("VOID", resolve(payload).getString("outcome"));
        Api.Reply again = Api.as("officer1").post(CODES + "/" + id + "/loss");
        assertEquals(409, again.status(), "a void card is not voided twice");
        assertTrue(again.contentType().startsWith("application/problem+json"));
    }

    @Test
    void anAdultOf30IsRefusedAndNothingIsStored() throws SQLException {
        Person adult = Residents.add("李明", today().minusYears(30), null, false, DISTRICT);
        Api.Reply refused = Api.as("officer1").post(CODES, person(adult).build());
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("urn:sitepass:problem:offline-code-ineligible", refused.json().getString("type"));
        assertTrue(refused.json().getString("detail").contains("60"), refused.body());
        assertTrue(Database.texts("SELECT id FROM residents_offline_code WHERE resident_id = ?", adult.id())
                .isEmpty());

        JsonObject wrongName = person(adult).add("name", "李四").build();
        Api.Reply unknown = Api.as("officer1").post(CODES, wrongName);
        assertEquals(422, unknown.status());
        assertFalse(unknown.body().contains(adult.idNumber()), "the number is never echoed");
    }

    @Test
    void onlyTheHoldersDistrictServesTheCard() throws SQLException {
        Person child = Residents.add("张小明", today().minusYears(5), null, false, DISTRICT);
        Api.Reply elsewhere = Api.as("officer2").post(CODES, person(child).build());
        Api.Reply unknown = Api.as("officer2").post(CODES, person(child).add("name", "李四").build());
        assertEquals(422, elsewhere.status(), "officer of 310115: as if nobody matched");
        assertEquals(unknown.body(), elsewhere.body());
        assertEquals(403, Api.as("resident1").post(CODES, person(child).build()).status());
        long id = Api.as("officer1").post(CODES, person(child).build()).json().getJsonNumber("id").longValue();
        assertEquals(404, Api.as("officer2").get(CODES + "/" + id).status());
        assertEquals(404, Api.as("officer2").post(CODES + "/" + id + "/loss").status());
        assertEquals(404, Api.as("officer2").get(CODES + "/" + id + "/card.pdf").status());
        assertEquals("ACTIVE", Api.as("officer1").get(CODES + "/" + id).json().getString("status"));
    }

    @Test
    void anEligibleResidentIssuesTheirOwnCard() throws SQLException {
        Person adult = Residents.add("赵强", today().minusYears(30), null, false, DISTRICT);
        Residents.bind("resident1", adult);
        assertEquals(422, Api.as("resident1").post(MINE).status(), "30 and not disabled");

        Person disabled = Residents.add("赵刚", today().minusYears(40), null, true, DISTRICT);
        Residents.bind("resident1", disabled);
        Api.Reply issued = Api.as("resident1").post(MINE);
        assertEquals(201, issued.status(), issued.body());
        assertTrue(issued.header("Location").endsWith(MINE));
        assertEquals("SELF", issued.json().getString("issuedBy"));
        assertEquals("ACTIVE", Api.as("resident1").get(MINE).json().getString("status"));
        String payload = QrCodes.fromPdf(Api.as("resident1").get(MINE + "/card.pdf?format=A4").bytes());
        assertEquals("VALID", resolve(payload).getString("outcome"));
        assertEquals(403, Api.as("resident1").post(RESOLUTION, scanned(payload)).status(), "officers scan");
    }

    @Test
    void forgedAndUnreadablePayloadsAreRefused() {
        Api.Reply forged = Api.as("officer1").post(RESOLUTION,
                scanned("OC1.AAAAAAAAAAAAAAAAAAAAAA.dev1." + "A".repeat(86)));
        assertEquals(422, forged.status(), forged.body());
        assertEquals("urn:sitepass:problem:offline-code-forged", forged.json().getString("type"));
        Api.Reply unreadable = Api.as("officer1").post(RESOLUTION, scanned("https://example.com/"));
        assertEquals("urn:sitepass:problem:offline-code-malformed", unreadable.json().getString("type"));
        assertEquals(400, Api.as("officer1").post(RESOLUTION, scanned("")).status());
    }

    @Test
    void officer1IssuesAtTheCounterPageAndAResidentPrintsTheirOwnOnAPhone() throws SQLException {
        Person child = Residents.add("陈小雨", today().minusYears(10), null, false, DISTRICT);
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("officer1", "/residents/offline/issue.xhtml");
            browser.type("offline:documentNumber", child.idNumber());
            browser.type("offline:name", child.name());
            browser.submit("offline:find");
            assertTrue(browser.find(By.id("person")).getText().startsWith("陈*雨"));
            browser.submit("offline:issue");
            assertEquals("有效", browser.find(By.id("offline:codes:0:status")).getText());
            String link = browser.find(By.id("offline:codes:0:a4")).getAttribute("href");
            assertFalse(link.contains(child.idNumber()), "no number in a URL");
            String payload = QrCodes.fromPdf(browser.download(link));
            assertEquals("VALID", resolve(payload).getString("outcome"));
            browser.submit("offline:codes:0:lost");
            assertEquals("已作废", browser.find(By.id("offline:codes:0:status")).getText());
            assertEquals("VOID", resolve(payload).getString("outcome"));
            browser.logOut();
        }
        Person elder = Residents.add("孙秀兰", today().minusYears(72), null, false, DISTRICT);
        Residents.bind("resident1", elder);
        try (Browser phone = Browser.open(390, 844)) {
            phone.logInAndOpen("resident1", "/residents/me/offline.xhtml");
            phone.submit("mine:apply");
            assertEquals("有效", phone.find(By.id("status")).getText());
            String payload = QrCodes.fromPdf(phone.download(
                    phone.find(By.id("mine:card-a6")).getAttribute("href")));
            assertEquals("VALID", resolve(payload).getString("outcome"));
        }
    }

    private static JsonObject resolve(String payload) {
        Api.Reply reply = Api.as("officer1").post(RESOLUTION, scanned(payload));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject scanned(String payload) {
        return Json.createObjectBuilder().add("payload", payload).build();
    }

    private static jakarta.json.JsonObjectBuilder person(Person person) {
        return Json.createObjectBuilder().add("documentType", "10").add("documentNumber", person.idNumber())
                .add("name", person.name());
    }

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
