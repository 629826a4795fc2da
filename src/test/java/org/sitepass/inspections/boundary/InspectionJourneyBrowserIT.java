package org.sitepass.inspections.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Photos;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * The inspection journey on a phone-sized screen: officer1 plans, inspector1 inspects manager1's venue with one failing
 * item and a photo, raises an order, manager1 answers it, inspector1 closes it, and the compliance view shows it.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionJourneyBrowserIT {

    /** A street no other test puts venues on, so that the plan holds this test's venue on its first page. */
    private static final String STREET = "310109011";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void planInspectionOrderAnswerCloseAndSeeItInTheComplianceView() throws IOException {
        JsonObject venue = issuedOnQuietStreet("巡查试点宾馆");
        String name = venue.getString("name");
        Path dir = Path.of(System.getProperty("it.tmpdir", "target"));
        Path poster = Files.write(Files.createTempFile(dir, "poster", ".png"),
                Api.as("manager1").get("/api/v1/venues/" + venue.getInt("id") + "/poster.png").bytes());
        Path photo = Files.write(Files.createTempFile(dir, "evidence", ".jpg"), Photos.jpegWithLocation());
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("officer1", "/inspections/plans.xhtml");
            browser.type("plan:name", "广中路街道周检 " + venue.getInt("id"));
            browser.choose("plan:streetCode", "广中路街道");
            browser.submit("plan:create");
            browser.find(By.xpath("//tr[.//span[normalize-space()='" + name + "']]//input[@type='checkbox']"))
                    .click();
            browser.type("assign:inspector", "inspector1");
            browser.submit("assign:assign-button");
            assertEquals("0", browser.find(By.id("unassigned")).getText());
            browser.logOut();

            browser.logInAndOpen("inspector1", "/inspections/today.xhtml");
            browser.submit(By.cssSelector("#visit-" + venue.getInt("id") + " a"));
            browser.find(By.id("inspection:posterPhoto")).sendKeys(poster.toAbsolutePath().toString());
            for (String item : new String[] {"POSTER_DISPLAYED", "POSTER_MATCHES", "STAFF_CHECK_EVERYONE",
                    "ALTERNATIVE_OFFERED", "RECORDS_KEPT"}) {
                browser.find(By.cssSelector("#item-" + item + " input[value='PASS']")).click();
            }
            browser.find(By.cssSelector("#item-SENTRIES_WORKING input[value='FAIL']")).click();
            browser.find(By.cssSelector("#item-SENTRIES_WORKING textarea")).sendKeys("入口未设数字哨兵。");
            browser.find(By.id("inspection:photos")).sendKeys(photo.toAbsolutePath().toString());
            browser.submit("inspection:submit");
            assertEquals("不合格", browser.find(By.id("result")).getText());
            assertTrue(browser.find(By.id("main")).getText().contains("与本场所一致"), "the scanned poster matched");
            assertTrue(browser.find(By.cssSelector(".photos img")).getAttribute("src").contains("/inspection-photos/"));
            browser.choose("raise:item", "登记的数字哨兵均在位、运行正常");
            browser.type("raise:requirement", "三日内在入口设置数字哨兵。");
            browser.type("raise:deadline_input", deadline);
            browser.submit("raise:raise-button");
            assertTrue(browser.find(By.id("raised")).getText().contains("待整改"));
            browser.logOut();

            browser.logInAndOpen("manager1", "/inspections/venue-orders.xhtml");
            String order = orderCard(browser, name);
            assertFalse(browser.find(By.id(order)).getText().contains("入口未设数字哨兵"), "no inspection notes");
            browser.submit(By.cssSelector("#" + order + " a.answer"));
            browser.type("respond:note", "已在入口设置数字哨兵并接入平台。");
            browser.find(By.id("respond:photos")).sendKeys(photo.toAbsolutePath().toString());
            browser.submit("respond:respond-button");
            assertTrue(browser.find(By.id(order)).getText().contains("已答复，待复查"));
            browser.logOut();

            browser.logInAndOpen("inspector1", "/inspections/orders.xhtml");
            browser.submit(By.cssSelector("#" + order + " a.decide"));
            browser.type("decide:note", "复查：入口数字哨兵在位并正常运行。");
            browser.submit("decide:close");
            assertTrue(browser.find(By.id(order)).getText().contains("已结案"));
            browser.logOut();

            browser.logInAndOpen("officer1", "/inspections/compliance.xhtml");
            String inspections = browser.find(By.id("inspection-list")).getText();
            assertTrue(inspections.contains(name) && inspections.contains("不合格"), inspections);
            assertTrue(Integer.parseInt(browser.find(By.id("inspections")).getText()) >= 1);
            String csv = new String(browser.download(Stack.appUrl() + "/inspections/files/inspections.csv"),
                    StandardCharsets.UTF_8);
            assertTrue(csv.contains(name) && csv.contains("登记的数字哨兵均在位、运行正常"), csv);
        }
    }

    /** The pages and the files they link to keep to the same readers as the API. */
    @Test
    void pagesAndFilesKeepToTheirReaders() {
        JsonObject venue = Venues.issuedInHongkou("巡查边界超市");
        String photo = Base64.getEncoder().encodeToString(Photos.jpegWithLocation());
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (String item : new String[] {"POSTER_DISPLAYED", "POSTER_MATCHES", "SENTRIES_WORKING",
                "STAFF_CHECK_EVERYONE", "ALTERNATIVE_OFFERED", "RECORDS_KEPT"}) {
            findings.add(Json.createObjectBuilder().add("item", item)
                    .add("verdict", "RECORDS_KEPT".equals(item) ? "FAIL" : "PASS").add("note", "登记簿缺页"));
        }
        JsonObject inspection = Api.as("inspector1").post("/api/v1/inspections", Json.createObjectBuilder()
                .add("venueId", venue.getInt("id")).add("posterCode", venue.getString("codeNumber"))
                .add("findings", findings).add("photos", Json.createArrayBuilder().add(photo)).build()).json();
        long order = Api.as("inspector1").post("/api/v1/inspection-orders", Json.createObjectBuilder()
                .add("inspectionId", inspection.getInt("id")).add("item", "RECORDS_KEPT").add("requirement", "补全登记记录")
                .add("deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString()).build())
                .json().getJsonNumber("id").longValue();
        JsonObject answered = Api.as("manager1").post("/api/v1/venue-orders/" + order + "/response",
                Json.createObjectBuilder().add("note", "已补全").add("photos", Json.createArrayBuilder().add(photo))
                        .build()).json();
        String app = Stack.appUrl();
        String report = app + "/inspections/files/reports/" + inspection.getInt("id") + ".pdf";
        String inspectionPhoto = app + "/inspections/files/inspection-photos/" + inspection.getJsonArray("photoIds").getInt(0);
        String orderPhoto = app + "/inspections/files/order-photos/" + answered.getJsonArray("photoIds").getInt(0);
        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("officer1", "/inspections/compliance.xhtml");
            assertTrue(new String(browser.download(report), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
            assertEquals(200, browser.statusOf(inspectionPhoto));
            assertEquals(200, browser.statusOf(orderPhoto));
            assertEquals(403, browser.statusOf(app + "/inspections/venue-orders.xhtml"), "a manager's page");
            browser.logOut();

            browser.logInAndOpen("officer2", "/inspections/compliance.xhtml");
            assertEquals(404, browser.statusOf(report), "another district's inspection does not exist");
            assertEquals(404, browser.statusOf(inspectionPhoto));
            assertEquals(404, browser.statusOf(app + "/inspections/inspection.xhtml?id=" + inspection.getInt("id")));
            browser.logOut();

            browser.logInAndOpen("manager2", "/inspections/venue-orders.xhtml");
            assertEquals(404, browser.statusOf(orderPhoto), "another venue's answer does not exist");
            assertEquals(403, browser.statusOf(inspectionPhoto), "inspections are not for managers");
            assertEquals(403, browser.statusOf(app + "/inspections/plans.xhtml"));
            browser.logOut();

            browser.logInAndOpen("manager1", "/inspections/venue-orders.xhtml");
            assertEquals(200, browser.statusOf(orderPhoto));
            assertFalse(browser.find(By.id("orders")).getText().contains("登记簿缺页"), "no inspection notes");
            assertEquals(403, browser.statusOf(report));
            assertEquals(403, browser.statusOf(app + "/inspections/inspection-form.xhtml?venue=" + venue.getInt("id")));
        }
    }

    private static JsonObject issuedOnQuietStreet(String base) {
        JsonObject form = Venues.with(Venues.hongkou(Venues.uniqueName(base)).build(), "streetCode", STREET);
        long id = Api.as("manager1").post("/api/v1/venues", Venues.with(form, "categoryCode", "HOTEL"))
                .json().getJsonNumber("id").longValue();
        Api.as("manager1").post("/api/v1/venues/" + id + "/submission");
        return Api.as("officer1").post("/api/v1/venue-reviews/" + id + "/approval").json();
    }

    /** The id of the card of the venue's order on an orders page. */
    private static String orderCard(Browser browser, String venueName) {
        return browser.find(By.xpath("//div[contains(@class,'order-card')][.//h2[normalize-space()='" + venueName + "']]"))
                .getAttribute("id");
    }
}
