package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorDispatchServletTest {

    @Test
    void apiPathsAreRecognisedHoweverTheyAreWritten() {
        assertTrue(ErrorDispatchServlet.isApiPath("", "/api/v1/me"));
        assertTrue(ErrorDispatchServlet.isApiPath("", "/api;jsessionid=1/v1/me"));
        assertTrue(ErrorDispatchServlet.isApiPath("", "/%61pi/v1/me"));
        assertTrue(ErrorDispatchServlet.isApiPath("/app", "/app/api/v1/me"));
    }

    @Test
    void pagesAreNotApi() {
        assertFalse(ErrorDispatchServlet.isApiPath("", "/platform/account.xhtml"));
        assertFalse(ErrorDispatchServlet.isApiPath("", "/apis.xhtml"));
        assertFalse(ErrorDispatchServlet.isApiPath("/app", "/api/v1/me"));
    }
}
