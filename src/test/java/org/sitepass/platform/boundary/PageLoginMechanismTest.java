package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageLoginMechanismTest {

    @Test
    void returnsToThePageAskedForWithItsQuery() {
        assertEquals("/sites/venues/edit.xhtml?id=7",
                PageLoginMechanism.returnPath(request("GET", "", "/sites/venues/edit.xhtml", "id=7")));
        assertEquals("/app/index.xhtml",
                PageLoginMechanism.returnPath(request("GET", "/app", "/app/index.xhtml", null)));
    }

    @Test
    void aFormPostReturnsHome() {
        assertEquals("/", PageLoginMechanism.returnPath(request("POST", "", "/sites/venues/edit.xhtml", null)));
    }

    @Test
    void neverReturnsOutsideTheApplication() {
        assertEquals("/", PageLoginMechanism.returnPath(request("GET", "", "//evil.example/x", null)));
        assertEquals("/app/", PageLoginMechanism.returnPath(request("GET", "/app", "/other/x", null)));
    }

    @Test
    void theRedirectUriIsTheCallbackOfTheAddressAsked() {
        HttpServletRequest request = request("GET", "/app", "/app/index.xhtml", null);
        assertEquals("http://localhost:8081/app/callback", PageLoginMechanism.redirectUri(request));
    }

    private static HttpServletRequest request(String method, String contextPath, String uri, String query) {
        Map<String, Object> answers = Map.of("getMethod", method, "getContextPath", contextPath,
                "getRequestURI", uri, "getRequestURL", new StringBuffer("http://localhost:8081" + uri));
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method1, args) -> "getQueryString".equals(method1.getName()) ? query
                        : answers.get(method1.getName()));
    }
}
