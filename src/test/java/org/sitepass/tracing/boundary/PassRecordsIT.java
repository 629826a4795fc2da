package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * Pass records kept by day: partitions made a week ahead, a day past the retention dropped whole and shown gone to the
 * auditor, a venue manager's counts by hour, and the inspections' signal of venues where no door recorded a check.
 * The job runs every 2 s here (arquillian.xml); records are written straight into the table, as the doors would.
 */
@ExtendWith(ArquillianExtension.class)
class PassRecordsIT {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void partitionsStandReadyForTodayAndTheWeekAhead() throws Exception {
        LocalDate today = LocalDate.now(CITY);
        List<String> partitions = Eventually.until(PassRecordsIT::partitions,
                names -> names.contains(name(today.plusDays(7))));
        for (int day = 0; day <= 7; day++) {
            assertTrue(partitions.contains(name(today.plusDays(day))), partitions.toString());
        }
        assertEquals("p_later", partitions.get(partitions.size() - 1), "the catch-all stays last");
    }

    @Test
    void aDayPastTheRetentionIsDroppedWholeAndShownGone() throws Exception {
        LocalDate old = LocalDate.of(2025, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        Instant then = old.atTime(10, 0).atZone(CITY).toInstant();
        long device = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        Database.update("INSERT INTO tracing_device_sequence (device_id, sequence, day, record_id, body_digest)"
                + " VALUES (?, 1, ?, 1, UNHEX(SHA2('a', 256))), (?, 2, ?, 2, UNHEX(SHA2('b', 256)))",
                device, old.toString(), device, old.toString());
        Database.update("INSERT INTO tracing_pass_record (day, id, recorded_at, venue_id, source, device_id, sequence,"
                + " outcome, decided_offline) VALUES (?, ?, ?, 1, 'SENTRY', ?, 1, 'PASS', 0),"
                + " (?, ?, ?, 1, 'SENTRY', ?, 2, 'STOP', 0), (?, ?, ?, 1, 'STAFF', NULL, NULL, 'PASS', 0)",
                old.toString(), id(), STORED.format(then), device, old.toString(), id(), STORED.format(then), device,
                old.toString(), id(), STORED.format(then));

        JsonObject day = Eventually.until(() -> Api.as("auditor1").get("/api/v1/pass-records/days/" + old).json(),
                d -> d.containsKey("purgedRecords") && d.getJsonNumber("purgedRecords").longValue() == 3);
        assertEquals(0, day.getJsonNumber("records").longValue(), day.toString());
        assertEquals(3, day.getJsonNumber("purgedRecords").longValue(), day.toString());
        assertTrue(day.getBoolean("gone"));
        assertTrue(day.containsKey("purgedAt"), day.toString());
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM tracing_device_sequence WHERE device_id = ?",
                device), "the day's sequence numbers went with it");

        JsonObject purge = Api.as("auditor1").get("/api/v1/pass-records/purges?size=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("day").equals(old.toString())).findFirst().orElseThrow();
        assertEquals(3, purge.getJsonNumber("records").longValue());
        assertEquals(2, purge.getJsonNumber("sequences").longValue());
        assertEquals(List.of("3 pass records, 2 sequence numbers; older than 28 days"),
                Database.texts("SELECT purpose FROM platform_audit_entry WHERE action = 'PASS_RECORDS_PURGED'"
                        + " AND object_type = 'pass_record_day' AND object_id = ? AND actor = 'system'",
                        old.toString()));

        JsonObject neverWritten = Api.as("auditor1").get("/api/v1/pass-records/days/" + old.minusYears(3)).json();
        assertEquals(0, neverWritten.getJsonNumber("records").longValue());
        assertTrue(neverWritten.getBoolean("gone"), "a day without any partition of its own is gone too");
        assertFalse(neverWritten.containsKey("purgedAt"), "never purged: " + neverWritten);
        assertFalse(Api.as("auditor1").get("/api/v1/pass-records/days/" + LocalDate.now(CITY)).json()
                .getBoolean("gone"), "today is kept");

        assertEquals(400, Api.as("auditor1").get("/api/v1/pass-records/days/2026-02-30").status());
        assertEquals(403, Api.as("manager1").get("/api/v1/pass-records/purges").status());

        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("auditor1", "/tracing/purges.xhtml");
            assertTrue(browser.find(By.id("purges")).getText().contains(old.toString()), "the history lists the day");
            browser.type("day-lookup:day_input", old.toString());
            browser.submit("day-lookup:look-up");
            assertEquals("3", browser.find(By.id("purged-records")).getText());
            assertEquals("0", browser.find(By.id("records-now")).getText());
        }
    }

    @Test
    void aManagerSeesTheirVenuesChecksByHourAndInspectorsSeeWhereNoneWereRecorded() throws Exception {
        JsonObject counted = Venues.issuedInHongkou("通行统计超市");
        long scanned = counted.getJsonNumber("id").longValue();
        long silent = Venues.issuedInHongkou("无人扫码超市").getJsonNumber("id").longValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ZonedDateTime city = now.atZone(CITY);
        for (String outcome : List.of("PASS", "PASS", "STOP")) {
            Database.update("INSERT INTO tracing_pass_record (day, id, recorded_at, venue_id, source, outcome,"
                    + " decided_offline) VALUES (?, ?, ?, ?, 'STAFF', ?, 0)", city.toLocalDate().toString(), id(),
                    STORED.format(now), scanned, outcome);
        }

        Api.Reply reply = Api.as("manager1").get("/api/v1/venue-passes?venue=" + scanned + "&day="
                + city.toLocalDate());
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> hours = reply.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(24, hours.size());
        JsonObject hour = hours.get(city.getHour());
        assertEquals(city.getHour(), hour.getInt("hour"));
        assertEquals(2, hour.getJsonNumber("passes").longValue(), hour.toString());
        assertEquals(1, hour.getJsonNumber("stops").longValue(), hour.toString());
        assertEquals(3, hours.stream().mapToLong(h -> h.getJsonNumber("passes").longValue()
                + h.getJsonNumber("stops").longValue()).sum(), "nothing elsewhere in the day");
        assertFalse(reply.body().contains("resident"), "counts only, never who");
        assertEquals(200, Api.as("manager1").get("/api/v1/venue-passes?venue=" + silent).status(), "today by default");
        assertEquals(404, Api.as("manager2").get("/api/v1/venue-passes?venue=" + scanned).status());
        assertEquals(403, Api.as("officer1").get("/api/v1/venue-passes?venue=" + scanned).status());
        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("manager1", "/tracing/venues/passes.xhtml");
            browser.choose("venue-passes:venue", counted.getString("name"));
            browser.submit("venue-passes:show");
            assertEquals(24, browser.find(By.id("hours")).findElements(By.cssSelector("tbody tr")).size());
            assertTrue(browser.find(By.id("hours")).getText().contains(String.format("%02d:00", city.getHour())));
        }

        JsonObject plan = Api.as("officer1").post("/api/v1/inspection-plans", Json.createObjectBuilder()
                .add("name", "无扫码场所巡查").add("periodFrom", LocalDate.now().toString())
                .add("periodTo", LocalDate.now().plusDays(7).toString()).add("categoryCode", "MARKET")
                .add("signal", "NO_SCANS_TODAY").build()).json();
        List<Long> planned = plan.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonNumber("venueId").longValue()).toList();
        assertTrue(planned.contains(silent), "a venue where no door recorded a check today is taken");
        assertFalse(planned.contains(scanned), "one with checks today is not");
    }

    private static List<String> partitions() {
        try {
            return Database.texts("SELECT PARTITION_NAME FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA ="
                    + " DATABASE() AND TABLE_NAME = 'tracing_pass_record' ORDER BY PARTITION_ORDINAL_POSITION");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(LocalDate day) {
        return "p" + day.toString().replace("-", "");
    }

    private static long id() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
