package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PosterLinkServletTest {

    private static final String PAYLOAD = "SP1.310109-0000001-9.dev1.Ab_-" + "x".repeat(82);

    @Test
    void theLinksPathIsThePayload() {
        assertEquals(Optional.of(PAYLOAD), PosterLinkServlet.payload("/" + PAYLOAD));
    }

    @Test
    void nothingButOnePayloadPasses() {
        assertTrue(PosterLinkServlet.payload(null).isEmpty());
        assertTrue(PosterLinkServlet.payload("/").isEmpty());
        assertTrue(PosterLinkServlet.payload("/" + PAYLOAD + "/more").isEmpty(), "a second segment");
        assertTrue(PosterLinkServlet.payload("//evil.example/x").isEmpty(), "another host");
        assertTrue(PosterLinkServlet.payload("/https:%2F%2Fevil.example").isEmpty());
        assertTrue(PosterLinkServlet.payload("/" + PAYLOAD + "\r\nLocation: x").isEmpty(), "a header injected");
        assertTrue(PosterLinkServlet.payload("/" + "A".repeat(201)).isEmpty(), "longer than any payload");
    }
}
