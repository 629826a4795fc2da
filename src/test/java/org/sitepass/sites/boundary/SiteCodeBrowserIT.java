package org.sitepass.sites.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sitepass.platform.CityTime;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.QrCodes;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Venues;

/**
 * The first journey SitePass exists for, in Chromium: manager1 applies, officer1 approves, manager1 downloads the
 * PDF poster; the QR printed on it verifies through the API.
 */
@ExtendWith(ArquillianExtension.class)
class SiteCodeBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void applyApprovePrintVerify() {
        String name = Venues.uniqueName("联华超市欧阳路店");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("manager1", "/sites/venues/edit.xhtml");
            apply(browser, name);
            WebElement row = rowOf(browser, name);
            assertEquals("审核中", row.findElement(By.cssSelector("[id$=':status']")).getText());
            browser.logOut();

            browser.logInAndOpen("officer1", "/sites/review/queue.xhtml");
            browser.submit(By.linkText(name));
            browser.submit("review:approve");
            assertEquals("已发码", browser.find(By.id("status")).getText());
            districtViewLinksTheDaysItShows(browser);
            browser.logOut();

            browser.logInAndOpen("manager1", "/sites/venues/list.xhtml");
            WebElement issued = rowOf(browser, name);
            String code = issued.findElement(By.cssSelector("[id$=':code']")).getText();
            assertTrue(code.startsWith("310109-"), code);
            String pdfLink = issued.findElement(By.cssSelector("a[id$=':pdf']")).getAttribute("href");
            byte[] pdf = browser.download(pdfLink);

            String payload = QrCodes.fromPdf(pdf);
            Api.Reply check = Api.as("resident1").post("/api/v1/site-codes/verify",
                    Json.createObjectBuilder().add("payload", payload).build());
            assertEquals(200, check.status(), check.body());
            assertEquals(code, check.json().getString("codeNumber"));
            assertEquals(name, check.json().getString("venueName"));
        }
    }

    /** The pickers show the period settled on, and the CSV link asks for exactly that period. */
    private static void districtViewLinksTheDaysItShows(Browser browser) {
        browser.go(Stack.appUrl() + "/sites/district/view.xhtml");
        String today = LocalDate.now(CityTime.ZONE).toString();
        assertEquals(today, browser.find(By.id("district:to_input")).getAttribute("value"));
        String link = browser.find(By.id("district:csv")).getAttribute("href");
        assertTrue(link.endsWith("to=" + today), link);
        String csv = new String(browser.download(link), StandardCharsets.UTF_8);
        assertTrue(csv.contains("approved," + today + ","), csv);
    }

    private static void apply(Browser browser, String name) {
        browser.type("venue:name", name);
        browser.choose("venue:categoryCode", "超市和农贸市场");
        browser.choose("venue:districtCode", "虹口区");
        browser.choose("venue:streetCode", "欧阳路街道");
        browser.type("venue:address", "欧阳路 221 号");
        browser.type("venue:entrances", "2");
        browser.type("venue:expectedDailyVisitors", "800");
        browser.type("venue:operatorName", "上海联华超市有限公司");
        browser.type("venue:operatorCreditCode", "91310000607216596U");
        browser.type("venue:responsiblePerson", "张三");
        browser.type("venue:contactMobile", "13812345678");
        browser.submit("venue:submit");
        browser.waitForUrl("/sites/venues/list.xhtml");
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.find(By.xpath("//tr[.//a[normalize-space()='" + name + "']]"));
    }
}
