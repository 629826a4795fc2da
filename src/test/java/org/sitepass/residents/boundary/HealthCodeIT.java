package org.sitepass.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.NoticesProbe;
import org.sitepass.testing.Outbox;
import org.sitepass.testing.QrCodes;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Residents.Person;
import org.sitepass.testing.Stack;

/**
 * A resident's health code and relative codes through the API with real tokens, checked as a door would check them:
 * the payload's signature against the deployment's public key.
 */
@ExtendWith(ArquillianExtension.class)
class HealthCodeIT {

    static final String CODE = "/api/v1/residents/me/health-code";
    static final String RELATIVES = "/api/v1/residents/me/relatives";
    static final String REQUESTS = "/api/v1/residents/relative-requests";
    static final String REF = "([A-Za-z0-9_-]{22})\\.";
    static final String SIGNED = "([0-9]+)\\.([a-z0-9]+)\\.([A-Za-z0-9_-]{86})";
    static final Pattern HEALTH = Pattern.compile("HC1\\." + REF + SIGNED);
    static final Pattern RELATIVE = Pattern.compile("RC1\\." + REF + REF + SIGNED);
    static final String NUMERALS = "零一二三四五六七八九";
    static final String NOTICES = "/api/testing/notices";
    static final SecureRandom RANDOM = new SecureRandom();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war().addClass(NoticesProbe.class);
    }

    @Test
    void aBoundResidentGetsASignedCodeThatNamesNobodyInClear() throws Exception {
        Person me = Residents.add("王小明", LocalDate.of(1990, 3, 1), "13812345678", false);
        Residents.natTest(me, Instant.now().minus(Duration.ofHours(31)).minusSeconds(60), TestResult.NEGATIVE);
        Residents.bind("resident1", me);

        Api.Reply reply = Api.as("resident1").inLanguage("en").get(CODE);
        assertEquals(200, reply.status(), reply.body());
        JsonObject code = reply.json();
        String payload = code.getString("payload");
        Matcher m = HEALTH.matcher(payload);
        assertTrue(m.matches(), payload);
        assertEquals(me.reference(), m.group(1), "the code carries the opaque reference only");
        assertFalse(payload.contains(me.idNumber().substring(6, 14)), "no birth date, no number");
        assertTrue(verifies(payload, m.group(3), m.group(4)), "signed by the deployment's key");
        long made = Long.parseLong(m.group(2));
        assertTrue(Math.abs(made - Instant.now().getEpochSecond()) < 30, "made now");
        assertEquals(Duration.ofSeconds(60), Duration.between(Instant.parse(code.getString("madeAt")),
                Instant.parse(code.getString("expiresAt"))), "valid for a minute");
        assertEquals("GREEN", code.getString("colour"));
        assertEquals("Green code", code.getString("colourText"));
        assertEquals("王*明", code.getString("name"));
        assertEquals("negative, sampled 31 h ago", code.getString("natSummary"));
        assertTrue(absent(code, "reason") && absent(code, "advice"), "a green code needs no reason");

        String again = Api.as("resident1").get(CODE).json().getString("payload");
        assertTrue(HEALTH.matcher(again).matches());
    }

    @Test
    void aRedCodeSaysWhyAndWhatToDo() throws Exception {
        Person me = Residents.add("李四", LocalDate.of(1985, 7, 9), null, false);
        Residents.colour(me, Colour.RED, "与确诊病例有时空交集", Instant.now().minusSeconds(3600));
        Residents.bind("resident1", me);

        JsonObject code = Api.as("resident1").get(CODE).json();
        assertEquals("RED", code.getString("colour"));
        assertEquals("红码", code.getString("colourText"));
        assertEquals("李*", code.getString("name"));
        assertEquals("与确诊病例有时空交集", code.getString("reason"));
        assertTrue(code.getString("advice").contains("居家"), code.getString("advice"));
        assertEquals("暂无核酸检测记录", code.getString("natSummary"));
    }

    @Test
    void aNoticeStandsOnTheCodeIsSentToTheRegistrysMobileAndLeavesWhenWithdrawn() throws Exception {
        String mobile = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
        Person me = Residents.add("周小知", LocalDate.of(1991, 4, 2), mobile, false);
        Residents.bind("resident1", me);
        String exposure = "EX-IT-" + me.id();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertEquals(204, Api.anonymous().post(NOTICES, Json.createObjectBuilder().add("resident", me.reference())
                .add("kind", "EXPOSURE").add("text", "您12月3日到访的场所出现病例，请尽快做核酸检测。")
                .add("placedFor", exposure).add("placedBy", "tracer1").build()).status());

        JsonObject code = Api.as("resident1").get(CODE).json();
        assertEquals("GREEN", code.getString("colour"), "a notice tells, it does not colour the code");
        JsonObject notice = code.getJsonArray("notices").getJsonObject(0);
        assertEquals("EXPOSURE", notice.getString("kind"));
        assertEquals("到访场所存在风险", notice.getString("heading"));
        assertEquals("您12月3日到访的场所出现病例，请尽快做核酸检测。", notice.getString("text"));
        String sms = Outbox.latestTo(mobile, before);
        assertTrue(sms.contains("您12月3日到访的场所出现病例，请尽快做核酸检测。"), sms);
        assertEquals("NOTICE_EXPOSURE", Outbox.to(mobile).get(0).kind());
        String stored = Database.texts("SELECT text_sealed FROM residents_notice WHERE placed_for = ?", exposure)
                .get(0);
        assertFalse(stored.contains("病例"), "the text is sealed at rest");

        assertEquals(204, Api.anonymous().post(NOTICES, Json.createObjectBuilder().add("withdraw", true)
                .add("placedFor", exposure).add("placedBy", "tracer1").build()).status());
        assertEquals(0, Api.as("resident1").get(CODE).json().getJsonArray("notices").size());
    }

    @Test
    void anAccountNotBoundIsToldToBindFirstAndNobodyElseGetsACode() throws SQLException {
        Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                + " WHERE account = 'resident1' AND undone_at IS NULL", Timestamp.from(Instant.now()));
        Api.Reply unbound = Api.as("resident1").inLanguage("en").get(CODE);
        assertEquals(409, unbound.status(), unbound.body());
        assertTrue(unbound.contentType().startsWith("application/problem+json"), unbound.contentType());
        assertEquals("urn:sitepass:problem:binding-state", unbound.json().getString("type"));
        assertTrue(unbound.json().getString("detail").contains("not yet bound"), unbound.body());
        assertEquals(409, Api.as("resident1").get(RELATIVES).status());
        assertEquals(403, Api.as("officer1").get(CODE).status());
    }

    @Test
    void aChildUnder14NeedsTheGuardiansDeclarationAndTheCodeSpeaksForTheChild() throws Exception {
        Person holder = bound("赵六");
        Person child = Residents.add("赵小宝", TODAY.minusYears(10), null, false);

        Api.Reply undeclared = Api.as("resident1").post(RELATIVES, application(child, "CHILD").build());
        assertEquals(400, undeclared.status(), undeclared.body());
        assertEquals("guardianDeclared", undeclared.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, Database.texts("SELECT id FROM residents_relative WHERE holder_id = ?", holder.id()).size());

        Api.Reply applied = Api.as("resident1").post(RELATIVES,
                application(child, "CHILD").add("guardianDeclared", true).build());
        assertEquals(201, applied.status(), applied.body());
        JsonObject link = applied.json();
        assertEquals("ACTIVE", link.getString("status"));
        assertEquals("赵*宝", link.getString("maskedName"));
        assertNotNull(link.getString("guardianDeclaredAt"));
        assertTrue(applied.header("Location").endsWith(RELATIVES + "/" + link.getInt("id")));

        JsonObject code = Api.as("resident1").get(RELATIVES + "/" + link.getInt("id") + "/code").json();
        Matcher m = RELATIVE.matcher(code.getString("payload"));
        assertTrue(m.matches(), code.getString("payload"));
        assertEquals(child.reference(), m.group(1), "the code speaks for the child");
        assertFalse(code.getString("payload").contains(holder.reference()), "and does not name the holder");
        assertTrue(verifies(code.getString("payload"), m.group(4), m.group(5)));
        assertEquals("RELATIVE", code.getString("kind"));
        assertEquals("赵*宝", code.getString("name"));
        assertEquals("GREEN", code.getString("colour"));

        assertEquals(200, Api.as("resident1").post(RELATIVES + "/" + link.getInt("id") + "/revocation").status());
        Api.Reply revoked = Api.as("resident1").get(RELATIVES + "/" + link.getInt("id") + "/code");
        assertEquals(409, revoked.status(), "a revoked link shows no code");
        assertTrue(auditHas("RELATIVE_APPLIED", link.getInt("id")) && auditHas("RELATIVE_REVOKED", link.getInt("id")));
    }

    @Test
    void anElderIsAppliedForByDocumentAndNameAndAWrongNameIsToldLikeAnUnknownNumber() throws Exception {
        bound("钱七");
        Person elder = Residents.add("钱老太", TODAY.minusYears(60), null, false);

        Api.Reply wrongName = Api.as("resident1").post(RELATIVES, Json.createObjectBuilder()
                .add("documentType", "10").add("documentNumber", elder.idNumber()).add("name", "钱老大")
                .add("grounds", "ELDER").build());
        Api.Reply unknown = Api.as("resident1").post(RELATIVES, Json.createObjectBuilder()
                .add("documentType", "10").add("documentNumber", Residents.idNumber(TODAY.minusYears(70)))
                .add("name", "钱老太").add("grounds", "ELDER").build());
        assertEquals(400, wrongName.status(), wrongName.body());
        assertEquals(wrongName.json().getJsonArray("errors"), unknown.json().getJsonArray("errors"),
                "nobody learns from the form whether a number is registered");
        assertFalse(wrongName.body().contains(elder.idNumber()));

        Api.Reply asChild = Api.as("resident1").post(RELATIVES, application(elder, "CHILD").build());
        assertEquals(400, asChild.status());
        Api.Reply applied = Api.as("resident1").post(RELATIVES, application(elder, "ELDER").build());
        assertEquals(201, applied.status(), applied.body());
        assertEquals("ACTIVE", applied.json().getString("status"));
        Api.Reply twice = Api.as("resident1").post(RELATIVES, application(elder, "ELDER").build());
        assertEquals(409, twice.status(), twice.body());
    }

    @Test
    void aHolderHoldsAtMostEightRelativesAndARelativeHasAtMostThreeHolders() throws Exception {
        bound("孙八");
        for (int i = 1; i <= 8; i++) {
            Person child = Residents.add("孙小" + NUMERALS.charAt(i), TODAY.minusYears(15), null, false);
            assertEquals(201, Api.as("resident1").post(RELATIVES, application(child, "CHILD").build()).status());
        }
        Person ninth = Residents.add("孙小九", TODAY.minusYears(15), null, false);
        Api.Reply refused = Api.as("resident1").post(RELATIVES, application(ninth, "CHILD").build());
        assertEquals(409, refused.status(), refused.body());
        assertEquals("urn:sitepass:problem:relative-state", refused.json().getString("type"));
        assertEquals(8, Api.as("resident1").get(RELATIVES).jsonArray().size());

        Person elder = Residents.add("周老伯", TODAY.minusYears(80), null, false);
        for (int i = 1; i <= 4; i++) {
            bound("周" + NUMERALS.charAt(i));
            Api.Reply reply = Api.as("resident1").post(RELATIVES, application(elder, "ELDER").build());
            assertEquals(i <= 3 ? 201 : 409, reply.status(), reply.body());
        }
    }

    @Test
    void anotherResidentCannotSeeOrRevokeMyRelative() throws Exception {
        bound("吴九");
        Person child = Residents.add("吴小妹", TODAY.minusYears(16), null, false);
        int id = Api.as("resident1").post(RELATIVES, application(child, "CHILD").build()).json().getInt("id");
        assertEquals(200, Api.as("resident1").get(RELATIVES + "/" + id + "/code").status());

        bound("郑十");
        assertEquals(404, Api.as("resident1").get(RELATIVES + "/" + id + "/code").status());
        assertEquals(404, Api.as("resident1").post(RELATIVES + "/" + id + "/revocation").status());
        assertEquals(0, Api.as("resident1").get(RELATIVES).jsonArray().size());
    }

    @Test
    void onlyAnOfficerOfTheRelativesDistrictDecidesForSomeoneWhoCannotApplyAlone() throws Exception {
        bound("冯十一");
        Person adult = Residents.add("冯大哥", TODAY.minusYears(40), null, true);
        Database.update("UPDATE residents_resident SET district_code = '310109' WHERE id = ?", adult.id());

        Api.Reply noReason = Api.as("resident1").post(RELATIVES, application(adult, "UNABLE").build());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply applied = Api.as("resident1").post(RELATIVES,
                application(adult, "UNABLE").add("reason", "重度肢体残疾，无智能手机").build());
        assertEquals(201, applied.status(), applied.body());
        int id = applied.json().getInt("id");
        assertEquals("PENDING", applied.json().getString("status"));
        assertEquals(409, Api.as("resident1").get(RELATIVES + "/" + id + "/code").status(), "not yet approved");

        assertFalse(Api.as("officer2").get(REQUESTS).body().contains("\"id\":" + id + ","), "another district's");
        assertEquals(404, Api.as("officer2").post(REQUESTS + "/" + id + "/approval").status());
        assertEquals(403, Api.as("resident1").get(REQUESTS).status());

        JsonObject request = Api.as("officer1").get(REQUESTS).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getInt("id") == id).findFirst().orElseThrow();
        assertEquals("重度肢体残疾，无智能手机", request.getString("reason"));
        assertEquals("冯*哥", request.getString("relativeName"));
        assertEquals(40, request.getInt("relativeAge"));
        assertTrue(auditHas("RELATIVE_REQUEST_VIEWED", id), "an officer's read is audited");

        Api.Reply approved = Api.as("officer1").post(REQUESTS + "/" + id + "/approval");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(409, Api.as("officer1").post(REQUESTS + "/" + id + "/approval").status(), "decided once");
        assertEquals(200, Api.as("resident1").get(RELATIVES + "/" + id + "/code").status());
        assertTrue(auditHas("RELATIVE_APPROVED", id));
        String stored = Database.texts("SELECT reason_sealed FROM residents_relative WHERE id = ?", id).get(0);
        assertFalse(stored.contains("残疾"), "the reason is sealed at rest");
    }

    @Test
    void anOfficerApprovesARequestOnThePageAndARefusalThereNeedsAReason() throws Exception {
        bound("蒋十二");
        int approved = unableApplication("蒋大哥");
        int refused = unableApplication("蒋二哥");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("officer1", "/residents/relatives/requests.xhtml");
            String row = browser.find(By.xpath(requestRow(approved))).getText();
            assertTrue(row.contains("蒋*哥") && row.contains("重度肢体残疾，无智能手机") && row.contains("无法自行申领"), row);
            assertFalse(row.contains("蒋大哥") || row.contains("蒋十二"), "names masked only");

            browser.submit(By.xpath(requestRow(approved) + "//button[contains(@id, ':approve')]"));
            assertTrue(browser.find(By.id("requests:messages")).getText().contains("申请已批准"));
            assertEquals("ACTIVE", relativeStatus(approved).getString("status"));

            browser.submit(By.xpath(requestRow(refused) + "//button[contains(@id, ':refuse')]"));
            browser.submit("requests:confirmRefusal");
            assertTrue(browser.find(By.id("requests:refusalMessage")).getText().contains("请写明原因"));
            assertEquals("PENDING", relativeStatus(refused).getString("status"), "nothing decided without a reason");
            browser.type("requests:refusal", "请先提供残疾证明");
            browser.submit("requests:confirmRefusal");
            assertTrue(browser.find(By.id("requests:messages")).getText().contains("申请已拒绝"));
        }
        JsonObject refusal = relativeStatus(refused);
        assertEquals("REFUSED", refusal.getString("status"));
        assertEquals("请先提供残疾证明", refusal.getString("refusal"));
    }

    @Test
    void onAPhoneTheCodeScansRefreshesAndARelativeIsAppliedFor() throws Exception {
        Person me = Residents.add("陈小红", LocalDate.of(1992, 5, 20), "13700001111", false);
        Residents.bind("resident1", me);
        Person child = Residents.add("陈小宝", TODAY.minusYears(15), null, false);
        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("resident1", "/residents/me/code.xhtml");
            assertTrue(browser.find(By.id("code-colour")).getText().contains("绿码"), "the colour in words");
            assertTrue(browser.find(By.id("code-name")).getText().contains("陈*红"));
            WebElement qr = browser.find(By.id("code-qr"));
            String shown = qr.getAttribute("data-payload");
            assertEquals(shown, QrCodes.fromPng(qr.getScreenshotAs(OutputType.BYTES)), "the QR on screen scans");
            assertTrue(HEALTH.matcher(shown).matches() && shown.contains(me.reference()));
            Thread.sleep(1100);
            browser.find(By.id("code:refresh")).click();
            String fresh = Eventually.until(() -> payloadShown(browser), payload -> !shown.equals(payload));
            assertNotEquals(shown, fresh, "a fresh code replaces the shown one");

            browser.go(Stack.appUrl() + "/residents/me/relatives.xhtml");
            browser.type("apply:documentNumber", child.idNumber());
            browser.type("apply:name", child.name());
            browser.find(By.id("apply:grounds:0")).click();
            browser.submit("apply:submit");
            assertTrue(browser.find(By.className("relatives-list")).getText().contains("陈*宝"));
            browser.submit(By.xpath("//button[contains(., '出示亲属码')]"));
            assertTrue(browser.find(By.id("code-colour")).getText().contains("绿码"));
            assertTrue(RELATIVE.matcher(browser.find(By.id("code-qr")).getAttribute("data-payload")).matches());

            Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                    + " WHERE account = 'resident1' AND undone_at IS NULL", Timestamp.from(Instant.now()));
            browser.go(Stack.appUrl() + "/residents/me/code.xhtml");
            assertTrue(browser.find(By.id("bind")).getAttribute("href").endsWith("/residents/me/binding.xhtml"));
        }
    }

    /** The payload of the QR on the page, or none while the page is replacing it. */
    private static String payloadShown(Browser browser) {
        try {
            return browser.find(By.id("code-qr")).getAttribute("data-payload");
        } catch (StaleElementReferenceException replaced) {
            return null;
        }
    }

    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static Person bound(String name) throws SQLException {
        Person holder = Residents.add(name, LocalDate.of(1980, 1, 15), "13900001111", false);
        Residents.bind("resident1", holder);
        return holder;
    }

    private static JsonObjectBuilder application(Person relative, String grounds) {
        return Json.createObjectBuilder().add("documentType", "10").add("documentNumber", relative.idNumber())
                .add("name", relative.name()).add("grounds", grounds);
    }

    /** A pending request of resident1 for a new person of officer1's district who cannot apply alone. */
    private static int unableApplication(String name) throws SQLException {
        Person relative = Residents.add(name, TODAY.minusYears(40), null, true, "310109");
        Api.Reply applied = Api.as("resident1").post(RELATIVES,
                application(relative, "UNABLE").add("reason", "重度肢体残疾，无智能手机").build());
        assertEquals(201, applied.status(), applied.body());
        return applied.json().getInt("id");
    }

    private static String requestRow(int id) {
        return "//tr[.//span[contains(@class, 'request-number') and normalize-space() = '" + id + "']]";
    }

    /** The link as its holder sees it through the API. */
    private static JsonObject relativeStatus(int id) {
        return Api.as("resident1").get(RELATIVES).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(link -> link.getInt("id") == id).findFirst().orElseThrow();
    }

    /** Verifies as a door would, with the public key the deployment lists for the key id. */
    private static boolean verifies(String payload, String keyId, String signature) throws Exception {
        PublicKey key = null;
        for (String entry : Stack.env("SITEPASS_RESIDENTS_VERIFY_KEYS").split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts[0].equals(keyId)) {
                key = KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1])));
            }
        }
        assertNotNull(key, "a key the deployment lists: " + keyId);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(payload.substring(0, payload.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(signature));
    }

    private static boolean auditHas(String action, long id) throws SQLException {
        return !Database.texts("SELECT action FROM platform_audit_entry WHERE action = ? AND object_id = ?",
                action, String.valueOf(id)).isEmpty();
    }
}
