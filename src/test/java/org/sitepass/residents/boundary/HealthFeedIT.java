package org.sitepass.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.KeycloakMaster;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;

/**
 * The health data feed with real tokens: the feed's own client posts batches that are stored once, corrected by newer
 * versions and refused whole when malformed; people and other clients are refused.
 */
@ExtendWith(ArquillianExtension.class)
class HealthFeedIT {

    static final String BATCHES = "/api/v1/health-feed/batches";
    static final String RUN = "it" + System.nanoTime();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    static Api feed() {
        return Api.withToken(Tokens.ofClient("sitepass-health-feed", "sitepass-health-feed-dev-secret")
                .accessToken());
    }

    @Test
    void aBatchIsStoredOnceAndANewerVersionCorrectsIt() throws SQLException {
        String number = Residents.idNumber(LocalDate.of(1990, 3, 7));
        String stranger = Residents.idNumber(LocalDate.of(1991, 4, 8));
        JsonObject batch = batch(resident(number, "r1", "2026-12-01T08:00:00Z"), colour(number, "c1"),
                nat(number, "n1", "NEGATIVE", "2026-12-01T09:00:00Z"), antigen(number, "a1"),
                vaccination(number, "v1"), nat(stranger, "n2", "NEGATIVE", "2026-12-01T09:00:00Z"));

        Api.Reply first = feed().inLanguage("en").post(BATCHES, batch);
        assertEquals(200, first.status(), first.body());
        assertEquals(List.of("CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "UNKNOWN_RESIDENT"),
                results(first.json()));
        JsonObject unknown = first.json().getJsonArray("results").getJsonObject(5);
        assertEquals(5, unknown.getInt("index"));
        assertEquals(RUN + "n2", unknown.getString("sourceId"));
        assertTrue(unknown.getString("message").contains("No resident"), unknown.toString());
        assertEquals(5, first.json().getInt("created"));
        assertEquals(1, first.json().getInt("refused"));

        Api.Reply again = feed().post(BATCHES, batch);
        assertEquals(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNKNOWN_RESIDENT"),
                results(again.json()));
        assertEquals(List.of("1"), Database.texts("SELECT COUNT(*) FROM residents_resident WHERE source_id = ?",
                RUN + "r1"));
        assertEquals(List.of("1"), Database.texts("SELECT COUNT(*) FROM residents_nat_test WHERE source_id = ?",
                RUN + "n1"));
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM residents_nat_test WHERE source_id = ?",
                RUN + "n2"));

        Api.Reply corrected = feed().post(BATCHES, batch(nat(number, "n1", "POSITIVE", "2026-12-01T10:00:00Z"),
                resident(number, "r1", "2026-12-01T07:00:00Z")));
        assertEquals(List.of("UPDATED", "UNCHANGED"), results(corrected.json()), "an older version changes nothing");
        assertEquals(List.of("POSITIVE"), Database.texts("SELECT result FROM residents_nat_test WHERE source_id = ?",
                RUN + "n1"));

        String name = Database.texts("SELECT name_sealed FROM residents_resident WHERE source_id = ?", RUN + "r1")
                .get(0);
        assertTrue(name.matches(FieldCipher.SEALED_SHAPE) && !name.contains("张"), "sealed at rest: " + name);
        String audited = String.join("\n", Database.texts("SELECT CONCAT(actor, ' ', object_id, ' ', purpose)"
                + " FROM platform_audit_entry WHERE action = 'HEALTH_FEED_BATCH_RECEIVED' AND object_id = ?",
                first.json().getString("batchId")));
        assertTrue(audited.startsWith("service-account-sitepass-health-feed"), audited);
        assertTrue(audited.contains("6 records; CREATED 5, UNKNOWN_RESIDENT 1"), audited);
        assertFalse(audited.contains(number) || audited.contains(number.substring(6, 14)) || audited.contains("张"),
                "no personal data in the audit trail: " + audited);
    }

    @Test
    void aBatchMayRegisterAPersonAfterTheirHealthRecords() {
        String number = Residents.idNumber(LocalDate.of(2015, 6, 1));
        Api.Reply reply = feed().post(BATCHES, batch(nat(number, "late-n", "PENDING", null),
                resident(number, "late-r", "2026-12-01T08:00:00Z")));
        assertEquals(List.of("CREATED", "CREATED"), results(reply.json()), reply.body());
    }

    @Test
    void aMalformedBatchStoresNothingAndNamesRecordAndField() throws SQLException {
        String number = Residents.idNumber(LocalDate.of(1980, 1, 2));
        String wrongCheck = number.substring(0, 17) + (number.endsWith("1") ? "2" : "1");
        Api.Reply refused = feed().inLanguage("en").post(BATCHES, batch(
                resident(number, "bad-r", "2026-12-01T08:00:00Z"),
                nat(wrongCheck, "bad-n", "NEGATIVE", "2026-12-01T09:00:00Z"),
                Json.createObjectBuilder(vaccination(number, "bad-v")).add("vaccinatedAt", "2021-02-30T08:00:00Z")
                        .build()));
        assertEquals(400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        JsonArray errors = refused.json().getJsonArray("errors");
        assertEquals("records[1].documentNumber", errors.getJsonObject(0).getString("field"), errors.toString());
        assertEquals("records[2].vaccinatedAt", errors.getJsonObject(1).getString("field"), errors.toString());
        assertFalse(refused.body().contains(number.substring(0, 17)), "the problem quotes no number");
        assertEquals(List.of("0"), Database.texts("SELECT COUNT(*) FROM residents_resident WHERE source_id = ?",
                RUN + "bad-r"), "nothing of the batch is stored");

        Api.Reply unreadable = feed().post(BATCHES, "application/json",
                "{\"records\": [{\"kind\": \"NAT\",".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unreadable.status());
        assertEquals("body", unreadable.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        JsonObject one = antigen(number, "many");
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add(one);
        }
        Api.Reply oversize = feed().post(BATCHES, Json.createObjectBuilder().add("records", tooMany).build());
        assertEquals(400, oversize.status());
        assertEquals("records", oversize.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void onlyTheFeedsOwnClientPosts() {
        JsonObject batch = batch(antigen(Residents.idNumber(LocalDate.of(1970, 5, 5)), "who"));
        assertEquals(403, Api.as("officer1").post(BATCHES, batch).status(), "a person");
        assertEquals(403, Api.as("resident1").post(BATCHES, batch).status(), "a resident");
        assertEquals(401, Api.anonymous().post(BATCHES, batch).status());
        String clientId = "minted-feed-" + System.nanoTime();
        KeycloakMaster.mintClient(clientId, "minted-secret", Map.of("groups", "[\"HEALTH_FEED\"]"));
        try {
            Api minted = Api.withToken(Tokens.ofClient(clientId, "minted-secret").accessToken());
            assertEquals(401, minted.post(BATCHES, batch).status(), "HEALTH_FEED from another client");
        } finally {
            KeycloakMaster.deleteClient(clientId);
        }
    }

    /** The purge (every 2 s here) removes tests and colours past 30 days, but never a person's latest in force. */
    @Test
    void healthDataPastItsRetentionIsPurgedButTheLatestInForceStays() throws Exception {
        Residents.Person person = Residents.add("李四", LocalDate.of(1975, 9, 9), null, false);
        Instant now = Instant.now();
        Residents.colour(person, Colour.RED, "密切接触者", now.minus(Duration.ofDays(50)));
        Residents.colour(person, Colour.YELLOW, "中风险地区旅居史", now.minus(Duration.ofDays(40)));
        Residents.natTest(person, now.minus(Duration.ofDays(40)), TestResult.NEGATIVE);
        Residents.natTest(person, now.minus(Duration.ofDays(35)), TestResult.POSITIVE);
        Residents.natTest(person, now.minus(Duration.ofDays(1)), TestResult.NEGATIVE);

        List<String> left = Eventually.until(() -> records(person), kept -> kept.size() == 2);
        assertEquals(List.of("YELLOW", "NEGATIVE"), left, "the colour in force and the latest test stay");
        assertTrue(Database.texts("SELECT purpose FROM platform_audit_entry WHERE action = 'HEALTH_DATA_PURGED'"
                + " AND actor = 'system'").stream().anyMatch(p -> p.startsWith("COLOUR ")), "the purge is audited");
    }

    static List<String> records(Residents.Person person) {
        try {
            return Database.texts("SELECT colour FROM residents_colour_change WHERE resident_id = ? UNION ALL"
                    + " SELECT result FROM residents_nat_test WHERE resident_id = ?", person.id(), person.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dev stack's demo residents take the feed's own path: all stored, and sent again, nothing changes. */
    @Test
    void theDemoResidentsGoInThroughTheFeed() throws Exception {
        Process demo = new ProcessBuilder("java", "config/demo/DemoResidents.java").redirectErrorStream(true).start();
        byte[] batch = demo.getInputStream().readAllBytes();
        assertEquals(0, demo.waitFor(), new String(batch, StandardCharsets.UTF_8));
        Api.Reply first = feed().post(BATCHES, "application/json", batch);
        assertEquals(200, first.status(), first.body());
        assertEquals(0, first.json().getInt("refused"), first.body());
        assertEquals(first.json().getInt("received"), first.json().getInt("created"));
        JsonObject again = feed().post(BATCHES, "application/json", batch).json();
        assertEquals(again.getInt("received"), again.getInt("unchanged"), again.toString());
        assertEquals(List.of("1"), Database.texts("SELECT COUNT(*) FROM residents_resident WHERE source_id = ?"
                + " AND birth_date = '1990-03-07' AND disabled = FALSE", "demo-r-resident1"), "resident1's person");
    }

    /**
     * A source that retries a batch while the first is still being stored: both answer 200, the records stored once
     * and the later batch finding them unchanged (interleaved, they deadlocked on the residents' unique keys).
     */
    @Test
    void theSameBatchSentTwiceAtOnceIsStoredOnceAndBothAreAnswered() throws Exception {
        int people = 300;
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int person = 0; person < people; person++) {
            String number = Residents.idNumber(LocalDate.of(1961, 2, 3).plusDays(person * 7L));
            records.add(resident(number, "twice-r" + person, "2026-12-01T08:00:00Z"))
                    .add(nat(number, "twice-n" + person, "NEGATIVE", "2026-12-01T09:00:00Z"));
        }
        JsonObject batch = Json.createObjectBuilder().add("records", records).build();
        List<Api> senders = List.of(feed(), feed());
        CountDownLatch ready = new CountDownLatch(senders.size());
        ExecutorService threads = Executors.newFixedThreadPool(senders.size());
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (Api sender : senders) {
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return sender.post(BATCHES, batch);
                }));
            }
            List<List<String>> tests = new ArrayList<>();
            for (Future<Api.Reply> reply : sent) {
                Api.Reply answered = reply.get(2, TimeUnit.MINUTES);
                assertEquals(200, answered.status(), answered.body());
                List<String> results = results(answered.json());
                tests.add(IntStream.range(0, people).mapToObj(person -> results.get(person * 2 + 1)).toList());
            }
            assertEquals(Set.of(Collections.nCopies(people, "CREATED"), Collections.nCopies(people, "UNCHANGED")),
                    Set.copyOf(tests), "one batch stores the tests, the other finds them stored");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(String.valueOf(people)), Database.texts("SELECT COUNT(*) FROM residents_nat_test"
                + " WHERE source_id LIKE ?", RUN + "twice-n%"));
    }

    /** Figures for the README, never an assertion on time: one batch of 10,000 new records, then sent again. */
    @Test
    void tenThousandRecordsInOneBatch() {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int person = 0; person < 2_000; person++) {
            String number = Residents.idNumber(LocalDate.of(1950, 1, 1).plusDays(person * 11L));
            String tag = "bulk" + person;
            records.add(resident(number, tag + "r", "2026-12-01T08:00:00Z")).add(colour(number, tag + "c"))
                    .add(nat(number, tag + "n", "NEGATIVE", "2026-12-01T09:00:00Z")).add(antigen(number, tag + "a"))
                    .add(vaccination(number, tag + "v"));
        }
        JsonObject batch = Json.createObjectBuilder().add("records", records).build();
        for (String run : List.of("new", "sent again")) {
            long started = System.nanoTime();
            Api.Reply reply = feed().post(BATCHES, batch);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(200, reply.status(), reply.body().substring(0, Math.min(500, reply.body().length())));
            assertEquals(10_000, reply.json().getInt("received"));
            System.out.printf("health feed, 10,000 records (%s): %.2f s, %.0f records/s; %d created, %d unchanged%n",
                    run, seconds, 10_000 / seconds, reply.json().getInt("created"),
                    reply.json().getInt("unchanged"));
        }
    }

    static List<String> results(JsonObject report) {
        return report.getJsonArray("results").stream().map(r -> r.asJsonObject().getString("result")).toList();
    }

    static JsonObject batch(JsonObject... records) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject record : records) {
            list.add(record);
        }
        return Json.createObjectBuilder().add("records", list).build();
    }

    static JsonObjectBuilder record(String kind, String number, String sourceId, String sourceTime) {
        return Json.createObjectBuilder().add("kind", kind).add("source", "sh-healthcode")
                .add("sourceId", RUN + sourceId).add("sourceTime", sourceTime)
                .add("documentType", "10").add("documentNumber", number);
    }

    static JsonObject resident(String number, String sourceId, String sourceTime) {
        return record("RESIDENT", number, sourceId, sourceTime).add("name", "张三").add("mobile", "13800000001")
                .add("district", "310109").build();
    }

    static JsonObject colour(String number, String sourceId) {
        return record("COLOUR", number, sourceId, "2026-12-01T08:00:00Z").add("colour", "YELLOW")
                .add("reasonCode", "TRIP").add("reason", "近 7 天内到访中风险地区，请做核酸检测")
                .add("effectiveAt", "2026-12-01T00:00:00Z").build();
    }

    static JsonObject nat(String number, String sourceId, String result, String sourceTime) {
        JsonObjectBuilder nat = record("NAT", number, sourceId, sourceTime == null ? Instant.now().toString()
                : sourceTime).add("sampledAt", "2026-12-01T01:00:00Z").add("result", result)
                .add("institution", "上海市第一人民医院");
        return "PENDING".equals(result) ? nat.build() : nat.add("resultedAt", "2026-12-01T06:00:00Z").build();
    }

    static JsonObject antigen(String number, String sourceId) {
        return record("ANTIGEN", number, sourceId, "2026-12-01T08:00:00Z").add("testedAt", "2026-12-01T07:00:00Z")
                .add("result", "NEGATIVE").build();
    }

    static JsonObject vaccination(String number, String sourceId) {
        return record("VACCINATION", number, sourceId, "2026-12-01T08:00:00Z").add("doseNumber", 1)
                .add("vaccinatedAt", "2021-05-01T02:00:00Z").add("product", "新冠灭活疫苗").build();
    }
}
