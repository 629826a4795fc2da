package org.sitepass.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitepass.residents.control.ResidentBinding.CHALLENGES_PER_DAY;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.openqa.selenium.By;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.KeycloakMaster;
import org.sitepass.testing.Outbox;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Stack;

/**
 * A resident binds their account by real-name check and one-time code, reads what SitePass holds about them with
 * every official's read, and appeals; officers of the resident's district undo bindings and decide appeals, those of
 * another district do not find them.
 */
@ExtendWith(ArquillianExtension.class)
class BindingIT {

    static final String BINDING = "/api/v1/residents/me/binding";
    static final String DATA = "/api/v1/residents/me/data";
    static final String MY_APPEALS = "/api/v1/residents/me/appeals";
    static final String BINDINGS = "/api/v1/residents/bindings";
    static final String APPEALS = "/api/v1/residents/appeals";
    static final String HONGKOU = "310109";
    /** A second resident account, made in Keycloak by the test: the dev realm has only resident1. */
    static final String ANOTHER_RESIDENT = "resident-binding-it";
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    /** resident1 starts each test unbound, with the attempts of a new day. */
    @BeforeEach
    void freshResidentAccount() throws SQLException {
        Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                + " WHERE undone_at IS NULL AND account = 'resident1'", Timestamp.from(Instant.now()));
        Database.update("UPDATE residents_binding_challenge SET created_at = created_at - INTERVAL 1 DAY"
                + " WHERE account = 'resident1'");
    }

    @Test
    void theRightCodeBindsTheAccount() throws SQLException {
        Residents.Person person = Residents.add("欧阳明华", LocalDate.of(1985, 3, 14), "13812345678", false);
        JsonObject started = start(person.idNumber(), person.name());
        assertEquals("138****5678", started.getString("mobile"), "the mobile only masked");
        assertEquals(22, started.getString("challenge").length());
        assertEquals(5, started.getInt("attemptsLeft"));

        Api.Reply confirmed = confirm(started, sentCode(person, started));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertTrue(confirmed.json().getBoolean("bound"));
        assertEquals("欧阳明华", confirmed.json().getString("name"), "the resident sees their own name in full");
        assertEquals("310***********" + person.idNumber().substring(14), confirmed.json().getString("documentNumber"));
        assertTrue(Api.as("resident1").get(BINDING).json().getBoolean("bound"));
        assertNull(Database.texts("SELECT code_hash FROM residents_binding_challenge WHERE reference = ?",
                started.getString("challenge")).get(0), "no hash is kept once the code is used");
        assertTrue(audited(person.reference()).containsAll(List.of("RESIDENT_BINDING_CODE_SENT", "RESIDENT_BOUND")));
    }

    @Test
    void aWrongNameAndAnUnknownNumberAreRefusedAlike() throws SQLException {
        Residents.Person person = Residents.add("李建国", LocalDate.of(1970, 7, 1), "13900001111", false);
        Api.Reply wrongName = Api.as("resident1").post(BINDING, request(person.idNumber(), "李建军"));
        Api.Reply unknown = Api.as("resident1").post(BINDING,
                request(Residents.idNumber(LocalDate.of(1970, 7, 2)), "李建国"));
        assertEquals(422, wrongName.status(), wrongName.body());
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals(wrongName.json().getString("type"), unknown.json().getString("type"));
        assertEquals(wrongName.json().getString("detail"), unknown.json().getString("detail"));
        assertFalse(wrongName.body().contains(person.idNumber()));
        assertEquals(3, Api.as("resident1").get(BINDING).json().getInt("attemptsLeftToday"),
                "each failed check counts towards the day");
        assertEquals(400, Api.as("resident1").post(BINDING, request("310110198501011234", "李建国")).status(),
                "a number with a wrong check character is a field error, not an attempt");
    }

    @Test
    void wrongCodesAndChallengesOfTheDayAreLimited() throws SQLException {
        Residents.Person person = Residents.add("王小红", LocalDate.of(1992, 11, 30), "13700002222", false);
        JsonObject started = start(person.idNumber(), person.name());
        String right = sentCode(person, started);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            Api.Reply refused = confirm(started, wrong);
            assertEquals(422, refused.status());
            assertTrue(refused.json().getString("detail").contains(String.valueOf(left)), refused.body());
        }
        assertEquals(422, confirm(started, wrong).status(), "the fifth wrong code exhausts the challenge");
        assertEquals(409, confirm(started, right).status(), "then even the right code is refused");
        for (int more = 2; more <= 5; more++) {
            start(person.idNumber(), person.name());
        }
        Api.Reply sixth = Api.as("resident1").post(BINDING, request(person.idNumber(), person.name()));
        assertEquals(429, sixth.status(), sixth.body());
        assertEquals("urn:sitepass:problem:binding-attempts", sixth.json().getString("type"));
    }

    @Test
    void parallelAttemptsKeepToTheDailyLimit() throws Exception {
        Residents.Person person = Residents.add("钱多多", LocalDate.of(1987, 12, 12), "13600009999", false);
        Api resident1 = Api.as("resident1");
        List<Callable<Integer>> attempts = Collections.nCopies(CHALLENGES_PER_DAY + 3,
                () -> resident1.post(BINDING, request(person.idNumber(), person.name())).status());
        ExecutorService pool = Executors.newFixedThreadPool(CHALLENGES_PER_DAY + 3);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            assertEquals(CHALLENGES_PER_DAY, Collections.frequency(statuses, 200), statuses.toString());
            assertEquals(3, Collections.frequency(statuses, 429), statuses.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRefusedConfirmationLeavesTheChallengeToUse() throws SQLException {
        Residents.Person person = Residents.add("卫东", LocalDate.of(1976, 10, 10), "13600001212", false);
        JsonObject started = start(person.idNumber(), person.name());
        String code = sentCode(person, started);
        KeycloakMaster.person(ANOTHER_RESIDENT, "RESIDENT");
        Residents.bind(ANOTHER_RESIDENT, person);
        assertEquals(409, confirm(started, code).status(), "the person is bound meanwhile to another account");
        Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                + " WHERE undone_at IS NULL AND account = ?", Timestamp.from(Instant.now()), ANOTHER_RESIDENT);
        Api.Reply confirmed = confirm(started, code);
        assertEquals(200, confirmed.status(), "the refusal did not use up the code: " + confirmed.body());
    }

    @Test
    void anAccountBindsOnceAndAPersonToOneAccount() throws SQLException {
        Residents.Person person = Residents.add("赵一鸣", LocalDate.of(1988, 1, 9), "13600003333", false);
        JsonObject started = start(person.idNumber(), person.name());
        assertEquals(200, confirm(started, sentCode(person, started)).status());
        Api.Reply again = Api.as("resident1").post(BINDING, request(person.idNumber(), person.name()));
        assertEquals(409, again.status(), again.body());
        assertEquals("urn:sitepass:problem:binding-state", again.json().getString("type"));
    }

    @Test
    void anOfficerOfTheDistrictUndoesAWrongBindingAnotherDistrictsCannot() throws SQLException {
        Residents.Person person = inHongkou(Residents.add("孙立", LocalDate.of(1979, 5, 5), "13500004444", false));
        Residents.bind("resident1", person);
        assertEquals(404, Api.as("officer2").post(BINDINGS + "/lookup", lookup(person)).status(),
                "another district's resident is not found");
        Api.Reply found = Api.as("officer1").post(BINDINGS + "/lookup", lookup(person));
        assertEquals(200, found.status(), found.body());
        assertEquals("孙*", found.json().getString("name"));
        assertFalse(found.body().contains(person.idNumber()));
        long binding = found.json().getJsonArray("bindings").getJsonObject(0).getJsonNumber("id").longValue();
        String why = "居民来电：账号并非本人，".repeat(30);
        JsonObject reason = Json.createObjectBuilder().add("reason", why).build();

        assertEquals(404, Api.as("officer2").post(BINDINGS + "/" + binding + "/undo", reason).status(),
                "another district's binding is not found");
        Api.Reply undone = Api.as("officer1").post(BINDINGS + "/" + binding + "/undo", reason);
        assertEquals(200, undone.status(), undone.body());
        assertEquals(List.of(why.substring(0, 255)), Database.texts("SELECT purpose FROM platform_audit_entry"
                + " WHERE action = 'RESIDENT_BINDING_UNDONE' AND object_id = ?", person.reference()),
                "a reason longer than the audit entry holds is cut, not refused");
        assertFalse(undone.json().getBoolean("inForce"));
        assertFalse(Api.as("resident1").get(BINDING).json().getBoolean("bound"));
        assertEquals(409, Api.as("officer1").post(BINDINGS + "/" + binding + "/undo", reason).status());
        assertTrue(audited(person.reference()).contains("RESIDENT_BINDING_UNDONE"));
    }

    @Test
    void myDataShowsWhatIsHeldAndEveryOfficialsRead() throws SQLException {
        Residents.Person person = inHongkou(Residents.add("周晓梅", LocalDate.of(1990, 2, 2), "13400005555", true));
        Residents.colour(person, Colour.YELLOW, "行程卡带星", Instant.now().minusSeconds(7200));
        Residents.natTest(person, Instant.now().minusSeconds(3600 * 20), TestResult.NEGATIVE);
        Residents.bind("resident1", person);
        assertEquals(200, Api.as("officer1").post(BINDINGS + "/lookup", lookup(person)).status());

        Api.Reply mine = Api.as("resident1").get(DATA);
        assertEquals(200, mine.status(), mine.body());
        JsonObject data = mine.json();
        assertEquals("周晓梅", data.getString("name"));
        assertEquals("134****5555", data.getString("mobile"));
        assertTrue(data.getBoolean("disabled"));
        assertFalse(mine.body().contains(person.idNumber()) || mine.body().contains("13400005555"));
        assertEquals("行程卡带星", data.getJsonArray("colours").getJsonObject(0).getString("reason"));
        assertEquals("NEGATIVE", data.getJsonArray("natTests").getJsonObject(0).getString("result"));
        JsonObject read = data.getJsonArray("officialReads").getJsonObject(0);
        assertEquals("officer1", read.getString("actor"));
        assertEquals("RESIDENT_BINDINGS_READ", read.getString("action"));
        assertEquals("核实绑定", read.getString("purpose"));
        assertEquals(1, Api.as("resident1").get(DATA + "/reads?size=1").json().getJsonArray("items").size());

        assertEquals(403, Api.as("officer1").get(DATA).status(), "an official has no \"me\" to read");
        Residents.Person neighbour = Residents.add("吴刚", LocalDate.of(1960, 6, 6), "13300006666", false);
        KeycloakMaster.person(ANOTHER_RESIDENT, "RESIDENT");
        Residents.bind(ANOTHER_RESIDENT, neighbour);
        Api.Reply other = Api.as(ANOTHER_RESIDENT).get(DATA);
        assertEquals("吴刚", other.json().getString("name"), "another resident reads only the resident bound to them");
        assertFalse(other.body().contains("周晓梅") || other.body().contains("officer1"));
    }

    @Test
    void anotherResidentCannotTakeMyChallenge() throws SQLException {
        Residents.Person person = Residents.add("冯佳", LocalDate.of(1995, 4, 4), "13100008888", false);
        KeycloakMaster.person(ANOTHER_RESIDENT, "RESIDENT");
        Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                + " WHERE undone_at IS NULL AND account = ?", Timestamp.from(Instant.now()), ANOTHER_RESIDENT);
        JsonObject started = start(person.idNumber(), person.name());
        String code = sentCode(person, started);
        Api.Reply taken = Api.as(ANOTHER_RESIDENT).post(BINDING + "/" + started.getString("challenge")
                + "/confirmation", Json.createObjectBuilder().add("code", code).build());
        assertEquals(404, taken.status(), "another account's challenge is not found, even with its code");
        assertEquals(409, Api.as(ANOTHER_RESIDENT).get(DATA).status(), "an account not bound has no data");
        assertEquals(200, confirm(started, code).status(), "and the challenge still binds its own account");
    }

    @Test
    void anAppealIsDecidedByAnOfficerOfTheResidentsDistrict() throws SQLException {
        Residents.Person person = inHongkou(Residents.add("郑海", LocalDate.of(1983, 8, 8), "13200007777", false));
        Residents.colour(person, Colour.YELLOW, "行程卡带星", Instant.now().minus(Duration.ofDays(20)));
        Residents.colour(person, Colour.RED, "密接", Instant.now().minusSeconds(3600));
        Residents.natTest(person, Instant.now().minusSeconds(3600 * 5), TestResult.POSITIVE);
        Residents.bind("resident1", person);
        JsonObject data = Api.as("resident1").get(DATA).json();
        long colour = data.getJsonArray("colours").getJsonObject(0).getJsonNumber("id").longValue();
        long lastMonths = data.getJsonArray("colours").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(400, Api.as("resident1").post(MY_APPEALS, appeal("COLOUR_CHANGE", lastMonths)).status(),
                "only the colour in force is contested: a correction would replace today's red");
        long test = data.getJsonArray("natTests").getJsonObject(0).getJsonNumber("id").longValue();

        Api.Reply filed = Api.as("resident1").post(MY_APPEALS, appeal("COLOUR_CHANGE", colour));
        assertEquals(201, filed.status(), filed.body());
        assertTrue(filed.header("Location").endsWith(MY_APPEALS + "/" + filed.json().getJsonNumber("id")));
        long id = filed.json().getJsonNumber("id").longValue();
        assertEquals(409, Api.as("resident1").post(MY_APPEALS, appeal("COLOUR_CHANGE", colour)).status(),
                "one open appeal per record");
        assertEquals(400, Api.as("resident1").post(MY_APPEALS, appeal("NAT_TEST", colour + 1_000_000)).status());

        assertTrue(Api.as("officer1").get(APPEALS + "?size=200").body().contains("\"id\":" + id));
        assertFalse(Api.as("officer2").get(APPEALS + "?size=200").body().contains("\"id\":" + id));
        assertEquals(404, Api.as("officer2").get(APPEALS + "/" + id).status(), "another district's is not found");
        JsonObject decision = Json.createObjectBuilder().add("reason", "经核实非密接，予以更正").build();
        assertEquals(404, Api.as("officer2").post(APPEALS + "/" + id + "/upholding", decision).status());
        assertEquals("郑*", Api.as("officer1").get(APPEALS + "/" + id).json().getString("person"));

        Api.Reply upheld = Api.as("officer1").post(APPEALS + "/" + id + "/upholding", decision);
        assertEquals(200, upheld.status(), upheld.body());
        assertEquals("UPHELD", upheld.json().getString("status"));
        assertTrue(upheld.json().getString("correction").startsWith("colour_change:"));
        assertEquals(409, Api.as("officer1").post(APPEALS + "/" + id + "/dismissal", decision).status());
        JsonObject corrected = Api.as("resident1").get(DATA).json().getJsonArray("colours").getJsonObject(0);
        assertEquals("GREEN", corrected.getString("colour"));
        assertEquals("sitepass-appeal", corrected.getString("source"));
        assertEquals("经核实非密接，予以更正", corrected.getString("reason"));

        long natAppeal = Api.as("resident1").post(MY_APPEALS, appeal("NAT_TEST", test)).json()
                .getJsonNumber("id").longValue();
        assertEquals("UPHELD", Api.as("officer1").post(APPEALS + "/" + natAppeal + "/upholding", decision).json()
                .getString("status"));
        assertTrue(Api.as("resident1").get(DATA).json().getJsonArray("natTests").getJsonObject(0)
                .getBoolean("voided"), "an upheld test appeal voids the test");
        assertEquals("UPHELD", Api.as("resident1").get(MY_APPEALS).jsonArray().getJsonObject(1).getString("status"));
        assertTrue(audited(person.reference()).containsAll(List.of("RESIDENT_APPEAL_FILED", "RESIDENT_APPEAL_VIEWED",
                "RESIDENT_APPEAL_UPHELD")));

    }

    @Test
    void aColourAppealIsNotUpheldOnceTheColourHasChanged() throws SQLException {
        Residents.Person person = inHongkou(Residents.add("何静", LocalDate.of(1991, 9, 9), "13200008888", false));
        Residents.colour(person, Colour.RED, "密接", Instant.now().minusSeconds(7200));
        Residents.bind("resident1", person);
        long red = Api.as("resident1").get(DATA).json().getJsonArray("colours").getJsonObject(0).getJsonNumber("id")
                .longValue();
        Api.Reply filed = Api.as("resident1").post(MY_APPEALS, appeal("COLOUR_CHANGE", red));
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().getJsonNumber("id").longValue();
        Residents.colour(person, Colour.YELLOW, "次密接", Instant.now().minusSeconds(3600));

        JsonObject decision = Json.createObjectBuilder().add("reason", "经核实非密接，予以更正").build();
        Api.Reply late = Api.as("officer1").post(APPEALS + "/" + id + "/upholding", decision);
        assertEquals(409, late.status(), "the colour has changed since the appeal: " + late.body());
        assertTrue(late.json().getString("detail").contains("变化"), late.body());
        assertEquals("YELLOW", Api.as("resident1").get(DATA).json().getJsonArray("colours").getJsonObject(0)
                .getString("colour"), "the newer colour is not overwritten by an appeal against an earlier one");
        assertEquals(200, Api.as("officer1").post(APPEALS + "/" + id + "/dismissal", decision).status());
    }

    private static JsonObject start(String number, String name) {
        Api.Reply started = Api.as("resident1").post(BINDING, request(number, name));
        assertEquals(200, started.status(), started.body());
        return started.json();
    }

    private static Api.Reply confirm(JsonObject started, String code) {
        return Api.as("resident1").post(BINDING + "/" + started.getString("challenge") + "/confirmation",
                Json.createObjectBuilder().add("code", code).build());
    }

    /** The code the app sent to the person's mobile for the challenge, as the dev outbox holds it. */
    @Test
    void onAPhoneResident1BindsThroughThePageAndSeesTheGreenCode() throws Exception {
        Residents.Person person = Residents.add("司马青云", LocalDate.of(1979, 11, 2), "13911112222", false);
        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("resident1", "/residents/me/binding.xhtml");
            assertTrue(browser.find(By.id("pipl-notice")).getText().contains("个人信息"), "the notice comes first");
            browser.type("binding:documentNumber", person.idNumber());
            browser.type("binding:name", person.name());
            browser.find(By.id("binding:consent")).click();
            Instant sent = Instant.now().minusSeconds(1);
            browser.submit("binding:send");
            assertTrue(browser.find(By.id("sent-to")).getText().contains("139****2222"), "the mobile only masked");
            assertFalse(browser.url().contains(person.idNumber()), "the number is never in the address");
            Matcher code = SIX_DIGITS.matcher(Outbox.latestTo(person.mobile(), sent));
            assertTrue(code.find(), "the message carries the code");
            browser.type("binding:code", code.group());
            browser.submit("binding:confirm");
            assertEquals("司马青云", browser.find(By.id("bound-name")).getText(), "the resident sees their own name");

            browser.go(Stack.appUrl() + "/residents/me/code.xhtml");
            assertTrue(browser.find(By.id("code-colour")).getText().contains("绿码"), "the colour in words");
            assertTrue(browser.find(By.id("code-name")).getText().contains("司**云"), "the name masked, its ends kept");
        }
    }

    private static String sentCode(Residents.Person person, JsonObject started) {
        Instant since = Instant.parse(started.getString("expiresAt")).minusSeconds(300);
        try {
            Matcher code = SIX_DIGITS.matcher(Outbox.latestTo(person.mobile(), since.minusSeconds(1)));
            assertTrue(code.find(), "the message carries the code");
            return code.group();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject request(String number, String name) {
        return Json.createObjectBuilder().add("documentType", "10").add("documentNumber", number)
                .add("name", name).build();
    }

    private static JsonObject lookup(Residents.Person person) {
        return Json.createObjectBuilder().add("documentType", "10").add("documentNumber", person.idNumber())
                .add("purpose", "核实绑定").build();
    }

    private static JsonObject appeal(String subject, long record) {
        return Json.createObjectBuilder().add("subject", subject).add("recordId", record)
                .add("reason", "当天不在该场所，有行程记录为证").build();
    }

    private static Residents.Person inHongkou(Residents.Person person) throws SQLException {
        Database.update("UPDATE residents_resident SET district_code = ? WHERE id = ?", HONGKOU, person.id());
        return person;
    }

    private static List<String> audited(String reference) throws SQLException {
        return Database.texts("SELECT action FROM platform_audit_entry WHERE object_type = 'resident'"
                + " AND object_id = ?", reference);
    }
}
