package org.sitepass.devices.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;
import org.sitepass.testing.Venues;

/**
 * The second journey, in Chromium: vendor2 registers its company with a licence, officer1 certifies it, vendor2
 * submits a model with its test report, officer1 certifies it and the public directory lists both; vendor2
 * registers a device and proposes it for manager1's venue, manager1 accepts, the device beats with its own
 * credentials and shows online in the vendor's, the manager's and the district's views. (vendor2 rather than
 * vendor1: the API tests own vendor1's company in the same test database.)
 */
@ExtendWith(ArquillianExtension.class)
class SentryJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void certifyDeployAndSeeOnline() throws IOException {
        Path pdf = Files.createTempFile(Path.of(System.getProperty("it.tmpdir", "target")), "licence", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String code = Venues.issuedInHongkou("哨兵试点超市").getString("codeNumber");
        String model = "云哨 Z" + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("vendor2", "/vendors/company.xhtml");
            browser.type("company:name", "上海云哨智能科技有限公司");
            browser.type("company:creditCode", "9144030071526726XG");
            browser.type("company:address", "上海市浦东新区张江路 100 号");
            browser.type("company:contactPerson", "赵六");
            browser.type("company:contactMobile", "13912345678");
            browser.find(By.cssSelector("input[value='310115']")).click();
            browser.submit("company:save");
            browser.find(By.id("licence:file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("licence:upload");
            browser.submit("licence:submit");
            assertEquals("审核中", browser.find(By.id("standing")).getText());
            browser.logOut();

            browser.logInAndOpen("officer1", "/vendors/certification.xhtml");
            browser.submit(By.linkText("上海云哨智能科技有限公司"));
            certify(browser, "SH-SENTRY-V-0902");
            browser.logOut();

            browser.logInAndOpen("vendor2", "/vendors/models.xhtml");
            browser.type("model:name", model);
            browser.choose("model:formFactor", "闸机三合一");
            browser.find(By.cssSelector("input[value='HEALTH_CODE']")).click();
            browser.find(By.cssSelector("input[value='ID_CARD']")).click();
            browser.type("model:firmwareVersion", "3.1.0");
            browser.submit("model:create");
            browser.choose("report:reportFor", model);
            browser.find(By.id("report:file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("report:upload");
            browser.submit(By.xpath("//tr[.//span[normalize-space()='" + model + "']]//button"));
            browser.logOut();

            browser.logInAndOpen("officer1", "/vendors/certification.xhtml");
            browser.submit(By.linkText(model));
            certify(browser, "SH-SENTRY-M-0902");
            browser.logOut();

            browser.go(Stack.appUrl() + "/suppliers.xhtml");
            String directory = browser.find(By.id("suppliers:list")).getText();
            assertTrue(directory.contains("上海云哨智能科技有限公司") && directory.contains(model)
                    && directory.contains("SH-SENTRY-M-0902"), directory);

            browser.logInAndOpen("vendor2", "/devices/fleet.xhtml");
            String serial = "YS-" + System.nanoTime() % 1_000_000;
            browser.type("device:serial", serial);
            browser.choose("device:modelId", model);
            browser.submit("device:register");
            String clientId = browser.find(By.id("client-id")).getText();
            String secret = browser.find(By.id("client-secret")).getText();
            browser.choose("proposal:device", serial);
            browser.type("proposal:codeNumber", code);
            browser.type("proposal:entrance", "东门");
            browser.submit("proposal:propose");
            browser.find(By.cssSelector(".ui-messages-info"));
            browser.logOut();

            browser.logInAndOpen("manager1", "/devices/venue.xhtml");
            browser.submit(By.xpath("//tr[.//span[normalize-space()='" + serial + "']]//button[contains(@id,'accept')]"));
            browser.find(By.cssSelector(".ui-messages-info"));

            heartbeat(clientId, secret);
            browser.go(Stack.appUrl() + "/devices/venue.xhtml");
            assertEquals("在线", onlineIn(browser, serial));
            browser.logOut();

            browser.logInAndOpen("vendor2", "/devices/fleet.xhtml");
            assertEquals("在线", onlineIn(browser, serial));
            browser.logOut();

            browser.logInAndOpen("officer1", "/devices/district.xhtml");
            assertTrue(Integer.parseInt(browser.find(By.id("online")).getText()) >= 1);
            assertTrue(browser.find(By.id("by-model")).getText().contains(model));
        }
    }

    private static String onlineIn(Browser browser, String serial) {
        return browser.find(By.xpath("//tr[.//span[normalize-space()='" + serial + "']]//span[contains(@id,'online')]"))
                .getText();
    }

    private static void heartbeat(String clientId, String secret) {
        Tokens.Grant grant = Tokens.ofClient(clientId, secret);
        assertEquals(200, grant.status());
        assertEquals(204, Api.withToken(grant.accessToken()).post("/api/v1/devices/heartbeat",
                Json.createObjectBuilder().add("firmwareVersion", "3.1.0").add("uptimeSeconds", 5)
                        .add("queueLength", 0).add("deviceClock", Instant.now().toString()).build()).status());
    }


    private static void certify(Browser browser, String number) {
        browser.type("certification:number", number);
        browser.type("certification:until_input", "2030-12-31");
        browser.submit("certification:certify");
        browser.find(By.cssSelector(".ui-messages-info"));
    }

}
