package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which headers an answer carries, by what it is, who asked and whether the deployment runs on TLS. */
class SecurityHeadersTest {

    @Test
    void everyAnswerForbidsFramingSniffingReferrersAndForeignScripts() {
        for (String path : List.of("/api/v1/me", "/sites/venues.xhtml", "/errors/dispatch", "/")) {
            Map<String, String> headers = SecurityHeaders.headers(path, false, false);
            assertEquals(SecurityHeaders.POLICY, headers.get("Content-Security-Policy"), path);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), path);
            assertEquals("DENY", headers.get("X-Frame-Options"), path);
            assertEquals("no-referrer", headers.get("Referrer-Policy"), path);
        }
        assertTrue(SecurityHeaders.POLICY.contains("object-src 'none'"));
        assertTrue(SecurityHeaders.POLICY.contains("base-uri 'self'"));
        assertTrue(SecurityHeaders.POLICY.contains("frame-ancestors 'none'"));
        assertTrue(SecurityHeaders.POLICY.endsWith("script-src 'self'"), "PrimeFaces appends the nonce here");
    }

    @Test
    void apiAnswersAndALoggedInPersonsPagesAreNotKept() {
        assertEquals("no-store", SecurityHeaders.headers("/api/v1/venues/1", false, false).get("Cache-Control"));
        assertEquals("no-store", SecurityHeaders.headers("/api/v1/me", true, false).get("Cache-Control"));
        assertEquals("no-store", SecurityHeaders.headers("/sites/venues.xhtml", true, false).get("Cache-Control"));
        assertNull(SecurityHeaders.headers("/goodbye.xhtml", false, false).get("Cache-Control"));
        assertNull(SecurityHeaders.headers("/jakarta.faces.resource/theme.css.xhtml", true, false)
                .get("Cache-Control"), "style sheets and scripts may be cached");
    }

    @Test
    void strictTransportSecurityOnlyWhenTheDeploymentRunsOnTls() {
        assertFalse(SecurityHeaders.headers("/api/v1/me", false, false).containsKey("Strict-Transport-Security"));
        assertEquals("max-age=31536000",
                SecurityHeaders.headers("/api/v1/me", false, true).get("Strict-Transport-Security"));
        assertEquals("max-age=31536000",
                SecurityHeaders.headers("/index.xhtml", true, true).get("Strict-Transport-Security"));
    }

    @Test
    void aPagesOwnPolicyReplacesTheDefaultInsteadOfAddingASecond() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> sent.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> sent.computeIfAbsent((String) args[0], n -> new ArrayList<>())
                                .add((String) args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
        HttpServletResponse wrapped = new SecurityHeaders.OnePolicy(response);
        wrapped.setHeader("Content-Security-Policy", SecurityHeaders.POLICY);
        wrapped.addHeader("Content-Security-Policy", SecurityHeaders.POLICY + " 'nonce-abc';");
        wrapped.addHeader("Vary", "Accept");
        wrapped.addHeader("Vary", "Accept-Language");
        assertEquals(List.of(SecurityHeaders.POLICY + " 'nonce-abc';"), sent.get("Content-Security-Policy"));
        assertEquals(List.of("Accept", "Accept-Language"), sent.get("Vary"));
    }

    @Test
    void facesPagesTakeThePolicyFromTheFilterAndTheCookieIsSameSiteLax() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertTrue(webXml.replaceAll("\\s+", "").contains(
                "<param-name>primefaces.CSP</param-name><param-value>true</param-value>"));
        assertTrue(webXml.replaceAll("\\s+", "").contains(
                "<param-name>primefaces.CSP_POLICY</param-name><param-value>#{contentSecurity.value}</param-value>"));
        assertEquals(SecurityHeaders.POLICY, new SecurityHeaders.Policy().getValue());
        String glassfishWebXml = Files.readString(Path.of("src/main/webapp/WEB-INF/glassfish-web.xml"));
        assertTrue(glassfishWebXml.contains("<property name=\"cookieSameSite\" value=\"Lax\"/>"));
    }

    @Test
    void theSessionCookieIsSecureOnlyOnTls() {
        List<Boolean> secure = new ArrayList<>();
        SessionCookieConfig cookie = (SessionCookieConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (!"setSecure".equals(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    secure.add((Boolean) args[0]);
                    return null;
                });
        SessionCookies.configure(cookie, false);
        assertEquals(List.of(), secure);
        SessionCookies.configure(cookie, true);
        assertEquals(List.of(true), secure);
    }
}
