package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sitepass.testing.Api;
import org.sitepass.testing.Browser;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.KeycloakMaster;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;

/**
 * Page sessions: none for anonymous callers, created at the login's callback, ended when Keycloak ends the login
 * (back-channel logout), and a logout only with the page's logout token.
 */
@ExtendWith(ArquillianExtension.class)
class PageSessionsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> ANONYMOUS_PATHS = List.of("/", "/platform/account.xhtml",
            "/sites/venues/list.xhtml?id=7", "/goodbye.xhtml", "/suppliers.xhtml", "/errors/404.xhtml",
            "/no-such-page.xhtml", "/language?to=en&back=/goodbye.xhtml", "/callback?state=forged&code=forged");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void anonymousRequestsKeepNoSessionOnTheServer() {
        long before = liveSessions();
        for (int i = 0; i < 200; i++) {
            String path = ANONYMOUS_PATHS.get(i % ANONYMOUS_PATHS.size());
            HttpResponse<String> response = get(path);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " set " + response.headers().allValues("Set-Cookie"));
            assertTrue(response.statusCode() < 500, path + " answered " + response.statusCode());
        }
        assertEquals(before, liveSessions(), "no session was created");

        HttpResponse<String> login = get("/platform/account.xhtml");
        assertEquals(302, login.statusCode());
        String location = login.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(Stack.realmUrl() + "/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("code_challenge_method=S256"), "PKCE: " + location);
        assertTrue(login.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(LoginCookie.NAME + "=") && c.contains("HttpOnly")
                        && c.contains("Path=/callback")), "the login's state travels in a cookie");
    }

    @Test
    void endingTheLoginInKeycloakEndsThePageSession() throws InterruptedException {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("resident1", "/platform/account.xhtml");
            browser.find(By.id("logout"));
            String page = Stack.appUrl() + "/platform/account.xhtml";
            assertEquals(200, browser.statusOf(page));
            long logged = liveSessions();
            assertTrue(logged >= 1, "the callback created the session");

            KeycloakMaster.logOut("resident1");

            assertEquals(302, (int) Eventually.until(() -> browser.statusOf(page), status -> status == 302),
                    "the page session ended with its Keycloak session");
            assertEquals(logged - 1, liveSessions());
        }
    }

    @Test
    void logoutNeedsThePagesToken() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.logInAndOpen("tracer1", "/platform/account.xhtml");
            String page = Stack.appUrl() + "/platform/account.xhtml";
            assertEquals(403, browser.statusOfPost(Stack.appUrl() + "/logout", ""), "a cross-site form has no token");
            assertEquals(403, browser.statusOfPost(Stack.appUrl() + "/logout", "logoutToken=guess"));
            assertEquals(200, browser.statusOf(page), "and logged nobody out");

            browser.logOut();
            assertEquals(302, browser.statusOf(page));
            browser.go(page);
            browser.waitForUrl("/realms/sitepass/");
            assertTrue(browser.find(By.id("password")).isDisplayed(),
                "the Keycloak session ended too: Keycloak asks for the password again");
        }
    }

    private static long liveSessions() {
        String metrics = Api.withToken(Tokens.ofClient("sitepass-metrics", "sitepass-metrics-dev-secret").accessToken())
                .get("/metrics").body();
        return metrics.lines()
                .filter(line -> !line.startsWith("#") && line.contains("sitepass_page_sessions"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .mapToLong(value -> (long) Double.parseDouble(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sitepass_page_sessions gauge in\n" + metrics));
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
