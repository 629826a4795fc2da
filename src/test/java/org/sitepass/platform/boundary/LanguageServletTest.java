package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void returnsToPagesOfThisApplication() {
        assertEquals("/platform/account.xhtml", LanguageServlet.safeReturn("", "/platform/account.xhtml"));
        assertEquals("/app/index.xhtml", LanguageServlet.safeReturn("/app", "/app/index.xhtml"));
    }

    @Test
    void neverRedirectsElsewhere() {
        assertEquals("/", LanguageServlet.safeReturn("", "https://evil.example/"));
        assertEquals("/", LanguageServlet.safeReturn("", "//evil.example/"));
        assertEquals("/", LanguageServlet.safeReturn("", "/\\evil.example"));
        assertEquals("/", LanguageServlet.safeReturn("", "/x\r\nSet-Cookie: a=b"));
        assertEquals("/", LanguageServlet.safeReturn("", null));
        assertEquals("/", LanguageServlet.safeReturn("", "/\t/evil.example/"), "browsers drop the tab");
        assertEquals("/", LanguageServlet.safeReturn("", "/ /evil.example/"));
        assertEquals("/", LanguageServlet.safeReturn("", "/\u007f/evil.example/"));
        assertEquals("/app/", LanguageServlet.safeReturn("/app", "/other/index.xhtml"));
    }
}
