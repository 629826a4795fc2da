package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.KeycloakMaster;
import org.sitepass.testing.QrCodes;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * A resident at a venue without a sentry: the poster's link, a check-in that a second scan does not repeat, the
 * refusals, and the resident's own visits; a phone opens the link, logs in and checks in.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

    static final String CHECK_INS = "/api/v1/check-ins";
    static final String MY_VISITS = "/api/v1/my-visits";
    static final String VENUES = "/api/v1/venues";
    /** A second resident account, made in Keycloak by the test: the dev realm has only resident1. */
    static final String ANOTHER_RESIDENT = "resident-checkin-it";
    static final int SIMULTANEOUS_SCANS = 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void aSecondScanWithinTheWindowAnswersTheFirstCheckIn() throws SQLException {
        Residents.Person me = boundToResident1("周晓燕", Colour.GREEN);
        Venue venue = venue("虹口书店");
        assertTrue(venue.link().startsWith(Stack.appUrl() + "/c/SP1."), "the poster holds a link: " + venue.link());

        Api.Reply first = checkIn("resident1", venue.link());
        assertEquals(201, first.status(), first.body());
        assertEquals(venue.name(), first.json().getString("venueName"));
        assertEquals("CHECK_IN", first.json().getString("source"));
        assertEquals("PASS", first.json().getString("outcome"), first.body());
        assertEquals("GREEN", first.json().getString("colour"));

        Api.Reply again = checkIn("resident1", venue.link());
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"), "the first check-in answers");
        Api.Reply bare = checkIn("resident1", venue.payload());
        assertEquals(200, bare.status(), "an older poster's bare payload names the same venue: " + bare.body());
        assertEquals(first.json().getString("id"), bare.json().getString("id"));
        assertEquals(List.of("CHECK_IN HEALTH_CODE - GREEN PASS"), records(me),
                "one record, the health code, no temperature");
    }

    @Test
    void scansAtTheSameMomentRecordOneVisit() throws Exception {
        Residents.Person me = boundToResident1("钱立群", Colour.GREEN);
        Venue venue = venue("虹口茶馆");
        Api resident = Api.as("resident1");
        ExecutorService phones = Executors.newFixedThreadPool(SIMULTANEOUS_SCANS);
        try {
            List<Future<Api.Reply>> scans = new ArrayList<>();
            for (int i = 0; i < SIMULTANEOUS_SCANS; i++) {
                scans.add(phones.submit(() -> resident.post(CHECK_INS,
                        Json.createObjectBuilder().add("payload", venue.link()).build())));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> scan : scans) {
                replies.add(scan.get());
            }
            assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(),
                    replies.stream().map(Api.Reply::status).toList().toString());
            assertEquals(1, replies.stream().map(r -> r.json().getString("id")).distinct().count(),
                    "every scan answers the one visit");
        } finally {
            phones.shutdown();
        }
        assertEquals(1, records(me).size());
    }

    @Test
    void aCheckInAfterTheWindowIsAnotherVisit() throws SQLException {
        Residents.Person me = boundToResident1("吴海峰", Colour.GREEN);
        Venue venue = venue("虹口面馆");
        assertEquals(201, checkIn("resident1", venue.link()).status());
        Database.update("UPDATE tracing_pass_record SET recorded_at = recorded_at - INTERVAL 6 MINUTE"
                + " WHERE resident_ref = ?", me.reference());
        Database.update("UPDATE tracing_check_in_latest SET last_at = last_at - INTERVAL 6 MINUTE"
                + " WHERE resident_ref = ?", me.reference());
        assertEquals(201, checkIn("resident1", venue.link()).status(), "five minutes on, a new visit");
        assertEquals(2, records(me).size());
    }

    @Test
    void aRedCodeIsRecordedAsAStopWithItsReason() throws SQLException {
        Residents.Person me = boundToResident1("郑国强", Colour.RED);
        Api.Reply stopped = checkIn("resident1", venue("虹口菜场").link());
        assertEquals(201, stopped.status(), stopped.body());
        assertEquals("STOP", stopped.json().getString("outcome"));
        assertTrue(stopped.json().getJsonArray("reasons").getString(0).equals("CODE_RED"), stopped.body());
        assertEquals(List.of("CHECK_IN HEALTH_CODE - RED STOP"), records(me));
    }

    @Test
    void anUnboundAccountIsSentToBindAndNothingIsRecorded() throws SQLException {
        KeycloakMaster.person(ANOTHER_RESIDENT, "RESIDENT");
        Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                + " WHERE undone_at IS NULL AND account = ?", Timestamp.from(Instant.now()), ANOTHER_RESIDENT);
        Venue venue = venue("虹口花店");
        Api.Reply refused = checkIn(ANOTHER_RESIDENT, venue.link());
        assertEquals(409, refused.status(), refused.body());
        assertEquals("urn:sitepass:problem:binding-state", refused.json().getString("type"));
        assertFalse(refused.json().getString("detail").isBlank());
        assertEquals(409, Api.as(ANOTHER_RESIDENT).get(MY_VISITS).status());
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM tracing_pass_record WHERE venue_id = ?",
                venue.id()));
        assertEquals(403, checkIn("manager1", venue.link()).status(), "residents only");
    }

    @Test
    void aForgedOrRevokedSiteCodeIsRefusedAndNothingIsRecorded() throws SQLException {
        boundToResident1("冯丽", Colour.GREEN);
        Venue venue = venue("虹口茶馆");
        String payload = venue.payload();
        String forged = payload.substring(0, payload.length() - 4) + (payload.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertRefused(checkIn("resident1", Stack.appUrl() + "/c/" + forged), "bad-signature");
        assertRefused(checkIn("resident1", "https://example.com/c/not-a-site-code"), "malformed");
        String code = Api.as("manager1").get(VENUES + "/" + venue.id()).json().getString("codeNumber");
        JsonObject reason = Json.createObjectBuilder().add("reason", "场所已停业").build();
        assertEquals(200, Api.as("officer1").post("/api/v1/site-codes/" + code + "/revocation", reason).status());
        assertRefused(checkIn("resident1", venue.link()), "revoked");
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM tracing_pass_record WHERE venue_id = ?",
                venue.id()));
    }

    @Test
    void aResidentSeesTheirOwnVisitsNewestFirstAndNobodyElses() throws SQLException {
        boundToResident1("陈思远", Colour.GREEN);
        KeycloakMaster.person(ANOTHER_RESIDENT, "RESIDENT");
        Residents.bind(ANOTHER_RESIDENT, Residents.add("林小雨", LocalDate.of(1994, 4, 4), null, false));
        Venue earlier = venue("虹口药房");
        Venue later = venue("虹口超市");
        Venue theirs = venue("虹口影院");
        assertEquals(201, checkIn("resident1", earlier.link()).status());
        assertEquals(201, checkIn("resident1", later.link()).status());
        assertEquals(201, checkIn(ANOTHER_RESIDENT, theirs.link()).status());

        Api.Reply mine = Api.as("resident1").get(MY_VISITS + "?size=10");
        assertEquals(200, mine.status(), mine.body());
        assertEquals(2, mine.json().getInt("total"));
        assertEquals(later.name(), mine.json().getJsonArray("items").getJsonObject(0).getString("venueName"));
        assertEquals(earlier.name(), mine.json().getJsonArray("items").getJsonObject(1).getString("venueName"));
        assertEquals("CHECK_IN", mine.json().getJsonArray("items").getJsonObject(0).getString("source"));
        assertFalse(mine.body().contains(theirs.name()), "another resident's visit is not mine");
        Api.Reply paged = Api.as("resident1").get(MY_VISITS + "?size=1&page=1");
        assertEquals(earlier.name(), paged.json().getJsonArray("items").getJsonObject(0).getString("venueName"));

        Api.Reply theirVisits = Api.as(ANOTHER_RESIDENT).get(MY_VISITS);
        assertEquals(1, theirVisits.json().getInt("total"));
        assertEquals(theirs.name(), theirVisits.json().getJsonArray("items").getJsonObject(0).getString("venueName"));
        assertEquals(403, Api.as("officer1").get(MY_VISITS).status(), "residents only");
    }

    @Test
    void aManagerSeesThatABarePayloadPosterIsDueForAReprint() throws SQLException {
        Venue venue = venue("虹口旧海报");
        assertFalse(reprintDue(venue), "the poster just downloaded carries the link");
        Database.update("UPDATE sites_venue SET poster_format = 'PAYLOAD' WHERE id = ?", venue.id());
        assertTrue(reprintDue(venue), "printed before links");
        assertEquals(200, Api.as("manager1").get(VENUES + "/" + venue.id() + "/poster.png").status());
        assertFalse(reprintDue(venue), "reprinted");
        try (Browser browser = Browser.open(1280, 900)) {
            Database.update("UPDATE sites_venue SET poster_format = 'PAYLOAD' WHERE id = ?", venue.id());
            browser.logInAndOpen("manager1", "/sites/venues/list.xhtml");
            assertTrue(browser.find(By.cssSelector("div[id$=':reprint']")).getText().contains("重新打印"));
        }
    }

    @Test
    void aPhoneOpensThePostersLinkLogsInAndChecksIn() throws SQLException {
        Residents.Person me = boundToResident1("黄佳怡", Colour.GREEN);
        Residents.natTest(me, Instant.now().minus(Duration.ofHours(20)), TestResult.NEGATIVE);
        Venue venue = venue("虹口咖啡");
        try (Browser browser = Browser.open(390, 844)) {
            browser.go(venue.link());
            browser.waitForUrl("/realms/sitepass/");
            browser.logInAtKeycloak("resident1");
            browser.waitForUrl("/tracing/me/check-in.xhtml");
            assertEquals(venue.name(), browser.find(By.id("venue-name")).getText());
            assertTrue(browser.find(By.id("my-colour")).getText().contains("绿码"), "the colour in words");
            assertTrue(browser.find(By.id("my-test")).getText().contains("阴性"), "the latest test");
            assertEquals(List.of(), records(me), "opening the page records nothing");
            browser.submit("check-in:register");
            assertTrue(browser.find(By.id("checked-in")).getText().contains("已登记"));
            assertTrue(browser.find(By.id("outcome")).getText().contains("可以进入"));
            assertEquals(List.of("CHECK_IN HEALTH_CODE - GREEN PASS"), records(me));
        }
    }

    private record Venue(long id, String name, String link) {

        /** The bare signed payload, as posters printed before links held it. */
        String payload() {
            return link.substring(link.lastIndexOf('/') + 1);
        }
    }

    private static Venue venue(String base) {
        JsonObject issued = Venues.issuedInHongkou(base);
        long id = issued.getJsonNumber("id").longValue();
        String link = QrCodes.fromPdf(Api.as("manager1").get(VENUES + "/" + id + "/poster.pdf").bytes());
        return new Venue(id, issued.getString("name"), link);
    }

    private static Residents.Person boundToResident1(String name, Colour colour) throws SQLException {
        Residents.Person person = Residents.add(name, LocalDate.of(1988, 8, 8), null, false);
        Residents.colour(person, colour, "测试", Instant.now().minusSeconds(3600));
        Residents.natTest(person, Instant.now().minus(Duration.ofHours(30)), TestResult.NEGATIVE);
        Residents.bind("resident1", person);
        return person;
    }

    private static Api.Reply checkIn(String account, String scanned) {
        return Api.as(account).post(CHECK_INS, Json.createObjectBuilder().add("payload", scanned).build());
    }

    private static List<String> records(Residents.Person person) throws SQLException {
        return Database.texts("SELECT CONCAT_WS(' ', source, credential_type, COALESCE(temperature, '-'), colour,"
                + " outcome) FROM tracing_pass_record WHERE resident_ref = ? ORDER BY recorded_at", person.reference());
    }

    private static boolean reprintDue(Venue venue) {
        return Api.as("manager1").get(VENUES + "/" + venue.id()).json().getBoolean("reprintDue");
    }

    private static void assertRefused(Api.Reply reply, String reason) {
        assertEquals(422, reply.status(), reply.body());
        assertEquals("urn:sitepass:problem:site-code:" + reason, reply.json().getString("type"));
    }
}
