package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.sitepass.testing.Outbox;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Residents.Person;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * Exposures of venues with real tokens: the people the pass records put at the venue in the window (by the device's
 * corrected clock, also when their record came later from an offline sentry) see a notice on their health code and
 * get a message; those just outside do not; a withdrawal takes the notice away; the venue's manager sees the
 * exposure and nobody's identity; an officer is refused.
 */
@ExtendWith(ArquillianExtension.class)
class ExposuresIT {

    static final String EXPOSURES = "/api/v1/tracing/exposures";
    static final String CODE = "/api/v1/residents/me/health-code";
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    static final SecureRandom RANDOM = new SecureRandom();
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final Instant FROM = NOW.minus(Duration.ofHours(3));
    static final Instant TO = NOW.minus(Duration.ofHours(1));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    /** A venue with three visitors: one at the door in the window, one by an offline sentry, one before it. */
    record Scene(long venue, String name, Person inside, Person offline, Person before) {
    }

    @Test
    void everyoneRecordedInTheWindowIsToldAndNobodyElse() throws Exception {
        Scene scene = scene("暴露通知超市");
        Residents.bind("resident1", scene.inside());
        Instant sent = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Api.Reply marked = mark(scene.venue(), "TC-20261204-0001");
        assertEquals(201, marked.status(), marked.body());
        JsonObject exposure = marked.json();
        String location = marked.header("Location");
        assertTrue(location.endsWith(EXPOSURES + "/" + exposure.getJsonNumber("id").longValue()), location);
        assertEquals(2, exposure.getInt("people"), "the one at the door and the one the offline sentry recorded");

        JsonObject told = Eventually.until(() -> Api.as("tracer1").get(path(location)).json(),
                e -> e.getInt("notified") == 2);
        assertEquals(2, told.getInt("notified"), told.toString());
        JsonObject notice = Api.as("resident1").get(CODE).json().getJsonArray("notices").getJsonObject(0);
        assertEquals("EXPOSURE", notice.getString("kind"));
        assertTrue(notice.getString("text").contains("暴露通知超市") && notice.getString("text").contains("核酸"),
                notice.toString());
        String sms = Outbox.latestTo(scene.inside().mobile(), sent);
        assertTrue(sms.contains("核酸"), sms);
        assertTrue(Outbox.latestTo(scene.offline().mobile(), sent).contains("核酸"));
        assertEquals(List.of(), Outbox.to(scene.before().mobile()), "recorded before the window");
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM residents_notice WHERE resident_id = ?",
                scene.before().id()));
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM tracing_exposure_pending"
                + " WHERE exposure_id = ? AND told_at IS NULL", exposure.getJsonNumber("id").longValue()),
                "nobody left untold");
        assertFalse(Database.texts("SELECT purpose FROM platform_audit_entry WHERE action = 'EXPOSURE_MARKED'"
                + " AND object_id = ?", String.valueOf(exposure.getJsonNumber("id").longValue())).isEmpty());
    }

    @Test
    void aCorrectionIsSentAgainAndAWithdrawalTakesTheNoticeAway() throws Exception {
        Scene scene = scene("更正撤回超市");
        Residents.bind("resident1", scene.inside());
        String location = mark(scene.venue(), null).header("Location");
        Eventually.until(() -> Api.as("tracer1").get(path(location)).json(), e -> e.getInt("notified") == 2);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Api.Reply corrected = Api.as("tracer1").post(path(location) + "/correction", Json.createObjectBuilder()
                .add("text", "更正：暴露时段为今日上午，请于明日前完成核酸检测。").build());
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject correctedCode = Eventually.until(() -> Api.as("resident1").get(CODE).json(), code -> code
                .getJsonArray("notices").getJsonObject(0).getString("text").startsWith("更正"));
        assertEquals("更正：暴露时段为今日上午，请于明日前完成核酸检测。", correctedCode.getJsonArray("notices")
                .getJsonObject(0).getString("text"), "the notice follows the correction after it commits");
        assertTrue(Outbox.latestTo(scene.inside().mobile(), before).contains("请于明日前完成核酸检测"));

        Api.Reply withdrawn = Api.as("tracer1").post(path(location) + "/withdrawal");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals(0, Eventually.until(() -> Api.as("resident1").get(CODE).json(),
                code -> code.getJsonArray("notices").isEmpty()).getJsonArray("notices").size());
        assertEquals(409, Api.as("tracer1").post(path(location) + "/withdrawal").status(), "withdrawn once");
        assertEquals(409, Api.as("tracer1").post(path(location) + "/correction", Json.createObjectBuilder()
                .add("text", "再次更正的提示内容").build()).status());
    }

    @Test
    void theVenuesManagerSeesTheExposureAndNobodysIdentity() throws Exception {
        Scene scene = scene("经理可见超市");
        JsonObject exposure = mark(scene.venue(), "TC-20261204-0002").json();
        Api.Reply again = mark(scene.venue(), "TC-20261204-0002");
        assertEquals(409, again.status(), "the same venue and window would tell everyone twice: " + again.body());
        Api.Reply mine = Api.as("manager1").get(EXPOSURES + "/my-venues");
        assertEquals(200, mine.status(), mine.body());
        JsonObject shown = mine.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("reference").equals(exposure.getString("reference"))).findFirst()
                .orElseThrow();
        assertTrue(shown.getString("text").contains("经理可见超市"));
        for (String hidden : List.of(scene.inside().reference(), scene.offline().reference(), scene.inside().name(),
                "TC-20261204-0002", "tracer1", "people", "notified", "note")) {
            assertFalse(shown.toString().contains(hidden), hidden + " shown to the manager: " + shown);
        }
        assertEquals(403, Api.as("manager1").get(EXPOSURES).status());
        assertEquals(403, Api.as("manager1").get(EXPOSURES + "/" + exposure.getJsonNumber("id")).status());
    }

    @Test
    void onThePagesTheManagerSeesTheNoticeUntilTheTracerWithdrawsIt() throws Exception {
        Scene scene = scene("页面暴露超市");
        String reference = mark(scene.venue(), null).json().getString("reference");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("manager1", "/tracing/venues/passes.xhtml");
            String notice = browser.find(By.id("venue-exposures")).getText();
            assertTrue(notice.contains(scene.name()) && notice.contains("核酸"), notice);
            assertFalse(notice.contains("林"), "nobody's name: " + notice);
            browser.logOut();

            browser.logInAndOpen("tracer1", "/tracing/exposures/list.xhtml");
            String row = "//tr[.//span[contains(@class, 'exposure-reference') and normalize-space() = '" + reference
                    + "']]";
            assertTrue(browser.find(By.xpath(row)).getText().contains(scene.name()));
            browser.submit(By.xpath(row + "//button[contains(@id, ':withdraw')]"));
            assertTrue(browser.find(By.id("exposures:messages")).getText().contains(reference));
            browser.logOut();

            browser.logInAndOpen("manager1", "/tracing/venues/passes.xhtml");
            assertTrue(browser.find(By.id("main")).findElements(By.xpath(".//section[@id = 'venue-exposures']"
                    + "//h3[contains(., '" + scene.name() + "')]")).isEmpty(), "withdrawn");
        }
    }

    @Test
    void anOfficerIsRefused() throws Exception {
        Scene scene = scene("区内超市");
        assertEquals(403, Api.as("officer1").post(EXPOSURES, body(scene.venue(), null)).status());
        assertEquals(403, Api.as("officer1").get(EXPOSURES).status());
        assertEquals(403, Api.as("officer1").get(EXPOSURES + "/my-venues").status());
        assertEquals(403, Api.as("resident1").get(EXPOSURES).status());
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM tracing_exposure WHERE venue_id = ?",
                scene.venue()));
    }

    @Test
    void aWindowInTheFutureIsRefusedByField() throws Exception {
        Scene scene = scene("未来时段超市");
        Api.Reply refused = Api.as("tracer1").post(EXPOSURES, Json.createObjectBuilder()
                .add("venueId", scene.venue()).add("from", NOW.minusSeconds(600).toString())
                .add("to", NOW.plus(Duration.ofHours(1)).toString()).build());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("to", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static Api.Reply mark(long venue, String caseReference) {
        return Api.as("tracer1").post(EXPOSURES, body(venue, caseReference));
    }

    private static JsonObject body(long venue, String caseReference) {
        var body = Json.createObjectBuilder().add("venueId", venue).add("from", FROM.toString())
                .add("to", TO.toString()).add("note", "疾控内部备注");
        if (caseReference != null) {
            body.add("caseReference", caseReference);
        }
        return body.build();
    }

    private static String path(String location) {
        return location.substring(location.indexOf("/api/"));
    }

    private static Scene scene(String venueName) throws SQLException {
        JsonObject issued = Venues.issuedInHongkou(venueName);
        long venue = issued.getJsonNumber("id").longValue();
        Person inside = Residents.add("林一", LocalDate.of(1990, 1, 1), mobile(), false);
        Person offline = Residents.add("林二", LocalDate.of(1991, 2, 2), mobile(), false);
        Person before = Residents.add("林三", LocalDate.of(1992, 3, 3), mobile(), false);
        record(venue, inside, NOW.minus(Duration.ofHours(2)), null, null);
        // the sentry's clock ran a minute fast and it uploaded the check long after the window
        record(venue, offline, NOW.minusSeconds(600), NOW.minus(Duration.ofMinutes(150)).plusSeconds(60), 60_000L);
        record(venue, before, FROM.minusSeconds(60), null, null);
        return new Scene(venue, issued.getString("name"), inside, offline, before);
    }

    private static void record(long venue, Person person, Instant recordedAt, Instant deviceTime, Long driftMs)
            throws SQLException {
        Database.update("INSERT INTO tracing_pass_record (day, id, recorded_at, device_time, clock_drift_ms,"
                        + " venue_id, source, resident_ref, outcome, decided_offline)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'STAFF', ?, 'PASS', ?)",
                recordedAt.atZone(CITY).toLocalDate().toString(), ThreadLocalRandom.current().nextLong(1,
                        Long.MAX_VALUE), STORED.format(recordedAt),
                deviceTime == null ? null : STORED.format(deviceTime), driftMs, venue, person.reference(),
                deviceTime == null ? 0 : 1);
    }

    private static String mobile() {
        return "137" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
