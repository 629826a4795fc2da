package org.sitepass.vendors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Stack;

/**
 * The vendor half of the second journey, in Chromium: vendor2 registers its company with a licence, officer1
 * certifies it, vendor2 registers a model with its test report, officer1 certifies the model, and the public
 * directory lists both without a login.
 */
@ExtendWith(ArquillianExtension.class)
class VendorBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void registerCertifyListPublicly() throws IOException {
        Path pdf = Files.createTempFile(Path.of(System.getProperty("it.tmpdir", "target")), "licence", ".pdf");
        Files.write(pdf, VendorCertificationIT.PDF);
        String model = "云哨 Z" + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("vendor2", "/vendors/company.xhtml");
            browser.type("company:name", "上海云哨智能科技有限公司");
            browser.type("company:creditCode", "9144030071526726XG");
            browser.type("company:address", "上海市浦东新区张江路 100 号");
            browser.type("company:contactPerson", "赵六");
            browser.type("company:contactMobile", "13912345678");
            browser.find(By.cssSelector("input[value='310115']")).click();
            browser.find(By.id("company:save")).click();
            browser.find(By.id("licence:file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.find(By.id("licence:upload")).click();
            browser.find(By.id("licence:submit")).click();
            assertEquals("审核中", browser.find(By.id("standing")).getText());
            browser.logOut();

            browser.logInAndOpen("officer1", "/vendors/certification.xhtml");
            browser.find(By.linkText("上海云哨智能科技有限公司")).click();
            certify(browser, "SH-SENTRY-V-0902");
            browser.logOut();

            browser.logInAndOpen("vendor2", "/vendors/models.xhtml");
            browser.type("model:name", model);
            browser.choose("model:formFactor", "闸机三合一");
            browser.find(By.cssSelector("input[value='HEALTH_CODE']")).click();
            browser.find(By.cssSelector("input[value='ID_CARD']")).click();
            browser.type("model:firmwareVersion", "3.1.0");
            browser.find(By.id("model:create")).click();
            browser.choose("report:reportFor", model);
            browser.find(By.id("report:file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.find(By.id("report:upload")).click();
            browser.find(By.xpath("//tr[.//span[normalize-space()='" + model + "']]//button")).click();
            browser.logOut();

            browser.logInAndOpen("officer1", "/vendors/certification.xhtml");
            browser.find(By.linkText(model)).click();
            certify(browser, "SH-SENTRY-M-0902");
            browser.logOut();

            browser.go(Stack.appUrl() + "/suppliers.xhtml");
            String directory = browser.find(By.id("suppliers:list")).getText();
            assertTrue(directory.contains("上海云哨智能科技有限公司") && directory.contains(model)
                    && directory.contains("SH-SENTRY-M-0902"), directory);
        }
    }

    private static void certify(Browser browser, String number) {
        browser.type("certification:number", number);
        browser.type("certification:until_input", "2030-12-31");
        browser.find(By.id("certification:certify")).click();
        browser.find(By.cssSelector(".ui-messages-info"));
    }

}
