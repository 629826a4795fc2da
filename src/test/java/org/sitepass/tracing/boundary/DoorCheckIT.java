package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.QrModules;
import org.sitepass.residents.TestResult;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Database;
import org.sitepass.testing.QrCodes;
import org.sitepass.testing.Residents;
import org.sitepass.testing.Residents.Person;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * Door checks by door staff with real tokens: a manager names staff1 at a venue, staff1 checks a paper offline code,
 * an ID card and a fever, each recorded as a staff pass; staff1 checks nowhere else and uses nothing else; once
 * removed, staff1 is refused. In Chromium on a phone, manager1 checks a paper code at the door page.
 */
@ExtendWith(ArquillianExtension.class)
class DoorCheckIT {

    static final String CHECKS = "/api/v1/door-checks";
    /** Offline codes are issued by the holder's district: officer1's, Hongkou. */
    static final String DISTRICT = "310109";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void namedStaffCheckAtTheirVenueOnlyAndNoMoreOnceRemoved() throws SQLException {
        long venue = Venues.issuedInHongkou("门岗核验").getJsonNumber("id").longValue();
        long elsewhere = Venues.issuedInHongkou("另一门岗").getJsonNumber("id").longValue();
        String staff = CHECKS + "/venues/" + venue + "/staff";

        Api.Reply named = Api.as("manager1").post(staff, account("Staff1"));
        assertEquals(201, named.status(), named.body());
        assertTrue(named.header("Location").endsWith(staff + "/staff1"), named.header("Location"));
        assertEquals("manager1", named.json().getString("namedBy"));
        Api.Reply twice = Api.as("manager1").post(staff, account("staff1"));
        assertEquals(409, twice.status(), "named once");
        assertTrue(twice.contentType().startsWith("application/problem+json"));
        assertEquals(400, Api.as("manager1").post(staff, account("staff one")).status());
        assertEquals(List.of("staff1"), Api.as("manager1").get(staff).jsonArray().stream()
                .map(v -> v.asJsonObject().getString("account")).toList());
        assertEquals(404, Api.as("manager2").get(staff).status(), "another manager's venue does not exist");
        assertEquals(404, Api.as("manager2").post(staff, account("staff2")).status());
        assertEquals(403, Api.as("staff1").get(staff).status(), "staff do not name staff");
        assertEquals(List.of("staff1"), Database.texts("SELECT purpose FROM platform_audit_entry"
                + " WHERE action = 'DOOR_STAFF_NAMED' AND object_type = 'venue' AND object_id = ?", venue));

        Person child = Residents.add("钱小朵", LocalDate.now(CityTime.ZONE).minusYears(9), null, false, DISTRICT);
        Residents.natTest(child, Instant.now().minus(5, ChronoUnit.HOURS), TestResult.NEGATIVE);
        String paper = offlineCode(child);

        Api.Reply pass = Api.as("staff1").post(CHECKS, check(venue).add("payload", paper).build());
        assertEquals(200, pass.status(), pass.body());
        assertEquals("PASS", pass.json().getString("outcome"));
        assertEquals("OFFLINE_CODE", pass.json().getString("credential"));
        assertEquals("钱*朵", pass.json().getString("maskedName"));
        assertEquals("GREEN", pass.json().getString("colour"));
        assertEquals(List.of("STAFF staff1 PASS OFFLINE_CODE GREEN " + child.reference()), records(venue),
                "the pass recorded as the staff's check, the person by reference only");
        assertFalse(pass.body().contains(child.idNumber()));

        JsonObject card = Json.createObjectBuilder().add("number", child.idNumber()).add("name", child.name()).build();
        Api.Reply fever = Api.as("staff1").inLanguage("en").post(CHECKS, check(venue).add("idCard", card)
                .add("temperature", 38.4).build());
        assertEquals(200, fever.status(), fever.body());
        assertEquals("STOP", fever.json().getString("outcome"));
        JsonObject reason = fever.json().getJsonArray("reasons").getJsonObject(0);
        assertEquals("FEVER", reason.getString("code"));
        assertFalse(reason.getString("text").isBlank());
        JsonObject stranger = Json.createObjectBuilder().add("number", child.idNumber()).add("name", "李四").build();
        Api.Reply unknown = Api.as("staff1").post(CHECKS, check(venue).add("idCard", stranger).build());
        assertEquals("UNKNOWN_PERSON", unknown.json().getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertFalse(unknown.json().containsKey("maskedName") && !unknown.json().isNull("maskedName"));
        assertEquals(3, records(venue).size());

        assertEquals(400, Api.as("staff1").post(CHECKS, check(venue).add("payload", paper)
                .add("temperature", 50.0).build()).status(), "no human is at 50 °C");
        assertEquals(400, Api.as("staff1").post(CHECKS, check(venue).add("payload", paper).add("idCard", card)
                .build()).status(), "one credential at a time");
        assertEquals(3, records(venue).size(), "nothing stored for a refused check");

        assertEquals(404, Api.as("staff1").post(CHECKS, check(elsewhere).add("payload", paper).build()).status(),
                "staff check only where they were named");
        assertEquals(403, Api.as("staff1").get("/api/v1/venues").status(), "and use nothing else");
        assertEquals(403, Api.as("staff1").get("/api/v1/me").status());
        assertEquals(200, Api.as("manager1").post(CHECKS, check(elsewhere).add("payload", paper).build()).status(),
                "a manager checks at their own door");

        assertEquals(204, Api.as("manager1").delete(staff + "/staff1").status());
        assertEquals(404, Api.as("manager1").delete(staff + "/staff1").status());
        assertEquals(404, Api.as("staff1").post(CHECKS, check(venue).add("payload", paper).build()).status(),
                "removed staff check no more");
        assertEquals(List.of("staff1"), Database.texts("SELECT purpose FROM platform_audit_entry"
                + " WHERE action = 'DOOR_STAFF_REMOVED' AND object_id = ?", venue));
    }

    @Test
    void manager1ChecksAPaperCodeAtTheDoorPageOnAPhone() throws SQLException {
        long venue = Venues.issuedInHongkou("门岗页面").getJsonNumber("id").longValue();
        Person elder = Residents.add("孙桂芝", LocalDate.now(CityTime.ZONE).minusYears(75), null, false, DISTRICT);
        Residents.natTest(elder, Instant.now().minus(2, ChronoUnit.HOURS), TestResult.NEGATIVE);
        String paper = offlineCode(elder);
        try (Browser phone = Browser.open(390, 844)) {
            phone.logInAndOpen("manager1", "/tracing/door/check.xhtml?venue=" + venue);
            phone.type("door:payload", paper);
            phone.submit("door:check");
            assertEquals("通行", phone.find(By.id("verdict")).getText());
            assertEquals("孙*芝", phone.find(By.id("person-name")).getText());
            assertEquals("绿码", phone.find(By.id("person-colour")).getText());
            assertEquals("", phone.find(By.id("door:payload")).getAttribute("value"), "ready for the next person");
            assertEquals(List.of("STAFF manager1 PASS OFFLINE_CODE GREEN " + elder.reference()), records(venue));

            phone.type("door:payload", "not a code");
            phone.submit("door:check");
            assertEquals("禁止通行", phone.find(By.id("verdict")).getText());
            assertEquals(2, records(venue).size());

            phone.find(By.id("door:photo")).sendKeys(photoOf(paper).toString());
            phone.submit("door:check");
            assertEquals("通行", phone.find(By.id("verdict")).getText(), "the photo of the card stands for the text");
            assertEquals(3, records(venue).size());
            assertEquals(404, phone.statusOf(Stack.appUrl() + "/tracing/door/staff.xhtml?venue=" + venue + "0"),
                    "a venue not the manager's is none");
        }
    }

    @Test
    void staffOpenTheDoorPageOfTheirVenueAndNoOtherPage() {
        long venue = Venues.issuedInHongkou("门岗账号").getJsonNumber("id").longValue();
        assertEquals(201, Api.as("manager1").post(CHECKS + "/venues/" + venue + "/staff", account("staff1"))
                .status());
        try (Browser phone = Browser.open(390, 844)) {
            phone.logInAndOpen("staff1", "/tracing/door/check.xhtml?venue=" + venue);
            assertTrue(phone.find(By.id("venue-name")).getText().startsWith("门岗账号"));
            assertEquals(403, phone.statusOf(Stack.appUrl() + "/sites/venues/list.xhtml"));
            assertEquals(403, phone.statusOf(Stack.appUrl() + "/tracing/door/staff.xhtml?venue=" + venue));
            assertEquals(403, phone.statusOf(Stack.appUrl() + "/index.xhtml"));
            assertEquals(404, phone.statusOf(Stack.appUrl() + "/tracing/door/check.xhtml?venue=" + (venue + 1)));
        } finally {
            Api.as("manager1").delete(CHECKS + "/venues/" + venue + "/staff/staff1");
        }
    }

    /** An offline card issued at officer1's counter, as its QR code reads. */
    private static String offlineCode(Person person) {
        JsonObject holder = Json.createObjectBuilder().add("documentType", "10")
                .add("documentNumber", person.idNumber()).add("name", person.name()).build();
        Api.Reply issued = Api.as("officer1").post("/api/v1/offline-codes", holder);
        assertEquals(201, issued.status(), issued.body());
        long id = issued.json().getJsonNumber("id").longValue();
        return QrCodes.fromPdf(Api.as("officer1").get("/api/v1/offline-codes/" + id + "/card.pdf").bytes());
    }

    /** A phone's photo of the paper card: its QR code drawn large on white. */
    private static Path photoOf(String payload) {
        BitMatrix modules = QrModules.encode(payload, 4);
        int scale = 8;
        BufferedImage photo = new BufferedImage(modules.getWidth() * scale, modules.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, modules.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        try {
            Path file = Files.createTempFile("paper-code", ".png");
            ImageIO.write(photo, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> records(long venue) throws SQLException {
        return Database.texts("SELECT CONCAT_WS(' ', source, staff, outcome, credential_type, colour, resident_ref)"
                + " FROM tracing_pass_record WHERE venue_id = ? ORDER BY recorded_at", venue);
    }

    private static JsonObjectBuilder check(long venue) {
        return Json.createObjectBuilder().add("venueId", venue);
    }

    private static JsonObject account(String name) {
        return Json.createObjectBuilder().add("account", name).build();
    }
}
