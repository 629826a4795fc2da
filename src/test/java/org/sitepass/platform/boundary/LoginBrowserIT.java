package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Stack;

/** A venue manager logs in on Keycloak's page, reads the home in Chinese, switches to English, logs out. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void managerLogsInSwitchesLanguageAndLogsOut() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.go(Stack.appUrl() + "/");
            browser.waitForUrl("/realms/sitepass/");
            browser.logInAtKeycloak("manager1");

            browser.waitForUrl(Stack.appUrl());
            assertEquals("zh-CN", browser.pageLanguage());
            assertTrue(browser.find(By.id("welcome")).getText().contains("manager1"));
            assertEquals(List.of("首页", "我的场所", "申领场所码", "批量申领", "场所哨兵", "门岗核验", "门岗人员", "我的整改通知",
                            "我的场所通行情况", "合格供应商名录", "我的账户"),
                    menu(browser));
            assertTrue(browser.find(By.id("roles")).getText().contains("场所管理员"));
            assertFalse(browser.find(By.tagName("header")).findElement(By.id("menu-toggle")).isDisplayed(),
                    "on a desk the menu shows without a button");

            browser.find(By.id("language-switch")).click();
            browser.find(By.cssSelector("html[lang='en']"));
            assertEquals(List.of("Home", "My venues", "Apply for a site code", "Bulk application",
                    "Sentries at my venues", "Door check", "Door staff", "My rectification orders",
                    "Passes at my venues", "Qualified suppliers", "My account"),
                    menu(browser));
            assertTrue(browser.find(By.id("roles")).getText().contains("Venue manager"));

            browser.find(By.id("logout")).click();
            browser.waitForUrl("/goodbye.xhtml");
            assertFalse(browser.find(By.id("goodbye")).getText().isBlank());

            browser.go(Stack.appUrl() + "/platform/account.xhtml");
            browser.waitForUrl("/realms/sitepass/");
            browser.find(By.id("username"));
        }
        Api auditor = Api.as("auditor1");
        assertTrue(auditor.get("/api/v1/audit-entries?actor=manager1&action=LOGIN").json()
                .getInt("total") >= 1, "the login was audited");
        assertTrue(auditor.get("/api/v1/audit-entries?actor=manager1&action=LOGOUT").json()
                .getInt("total") >= 1, "the logout was audited");
    }

    @Test
    void pagesAndApiAnswersTellTheBrowserWhatTheyMayDo() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("manager1", "/sites/venues/list.xhtml");
            browser.find(By.id("main"));
            Cookie session = browser.cookie("JSESSIONID");
            assertEquals("Lax", session.getSameSite());
            assertTrue(session.isHttpOnly());
            assertFalse(session.isSecure(), "the dev stack runs without TLS");

            HttpHeaders page = browser.headersOf(Stack.appUrl() + "/sites/venues/list.xhtml");
            List<String> policies = page.allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), "one policy: " + policies);
            assertTrue(policies.get(0).matches(Pattern.quote(SecurityHeaders.POLICY) + " 'nonce-[^']+';"),
                    policies.get(0));
            assertEquals("no-store", page.firstValue("Cache-Control").orElse(""));
            assertSecurityHeaders(page);
        }
        Api.Reply api = Api.as("manager1").get("/api/v1/me");
        assertEquals(List.of(SecurityHeaders.POLICY), api.headers().allValues("Content-Security-Policy"));
        assertEquals("no-store", api.header("Cache-Control"));
        assertSecurityHeaders(api.headers());
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS without TLS");
    }

    @Test
    void aPageOfAnotherRoleIsRefusedWithoutAStackTrace() {
        try (Browser browser = Browser.open(412, 915)) {
            browser.go(Stack.appUrl() + "/platform/audit/entries.xhtml");
            browser.waitForUrl("/realms/sitepass/");
            browser.logInAtKeycloak("inspector1");
            browser.waitForUrl(Stack.appUrl());
            browser.go(Stack.appUrl() + "/platform/audit/entries.xhtml");
            WebElement heading = browser.find(By.tagName("h1"));
            assertEquals("无权访问", heading.getText());
            assertFalse(browser.find(By.tagName("body")).getText().contains("Exception"));
            browser.go(Stack.appUrl() + "/sites/review/queue.xhtml");
            assertEquals("无权访问", browser.find(By.tagName("h1")).getText(), "inspectors do not review site codes");
        }
        List<String> denied = Api.as("auditor1").get("/api/v1/audit-entries?actor=inspector1&action=ACCESS_DENIED")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("objectId")).toList();
        assertEquals(List.of("GET /sites/review/queue.xhtml", "GET /platform/audit/entries.xhtml"),
                denied.subList(0, 2), "newest first");
    }

    @Test
    void onAPhoneTheMenuFoldsBehindOneButtonThatTheKeyboardWorks() {
        try (Browser browser = Browser.open(390, 844)) {
            browser.logInAndOpen("manager1", "/");
            WebElement header = browser.find(By.tagName("header"));
            WebElement toggle = browser.find(By.id("menu-toggle"));
            assertEquals("菜单", toggle.getText());
            assertEquals("main-menu", toggle.getAttribute("aria-controls"));
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertTrue(header.findElements(By.cssSelector("a.menu-link")).stream().noneMatch(WebElement::isDisplayed),
                    "the menu is closed");
            assertTrue(header.getSize().getHeight() <= 100, "the header takes " + header.getSize().getHeight() + " px");

            for (int tab = 0; tab < 5 && !"menu-toggle".equals(browser.focused().getAttribute("id")); tab++) {
                browser.press(Keys.TAB);
            }
            assertEquals("menu-toggle", browser.focused().getAttribute("id"), "the button is reached by Tab");
            browser.press(Keys.ENTER);
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            browser.find(By.id("main-menu"));
            browser.press(Keys.TAB);
            assertEquals("首页", browser.focused().getText(), "the first link follows the button");
            browser.press(Keys.ESCAPE);
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertEquals("menu-toggle", browser.focused().getAttribute("id"), "Escape gives the focus back");

            browser.press(Keys.SPACE);
            browser.press(Keys.TAB, Keys.TAB);
            assertEquals("我的场所", browser.focused().getText());
            browser.press(Keys.ENTER);
            browser.waitForUrl("/sites/venues/list.xhtml");
            assertEquals("false", browser.find(By.id("menu-toggle")).getAttribute("aria-expanded"),
                    "every page starts with the menu closed");
        }
    }

    @Test
    void theAuditorReadsTheTrailInWordsOnADeskAndOnAPhone() {
        try (Browser browser = Browser.open(1366, 768)) {
            browser.logInAndOpen("auditor1", "/platform/audit/entries.xhtml");
            WebElement login = browser.find(By.xpath("//tbody[@id='audit:entries_data']/tr[contains(., '登录')]"));
            assertTrue(login.getText().contains("审计员"), "roles by name: " + login.getText());
            assertTrue(login.getText().contains("登录会话"), "the object by name: " + login.getText());
            assertTrue(login.getText().contains("成功"), login.getText());
            WebElement main = browser.find(By.id("main"));
            for (WebElement cell : login.findElements(By.tagName("td"))) {
                assertTrue(cell.getRect().getX() + cell.getRect().getWidth()
                        <= main.getRect().getX() + main.getRect().getWidth(), "no column is cut off at 1366 px");
            }

            browser.resize(390, 844);
            for (WebElement cell : browser.find(By.xpath("//tbody[@id='audit:entries_data']/tr[1]"))
                    .findElements(By.tagName("td"))) {
                assertTrue(cell.getRect().getX() + cell.getRect().getWidth() <= 390,
                        "each value is on the screen of a phone: " + cell.getText());
            }
        }
    }

    private static List<String> menu(Browser browser) {
        return browser.find(By.id("main-menu")).findElements(By.cssSelector("a.menu-link")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
