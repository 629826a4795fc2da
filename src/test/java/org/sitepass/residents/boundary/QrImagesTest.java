package org.sitepass.residents.boundary;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrImagesTest {

    private static final String PREFIX = "data:image/svg+xml;base64,";

    @Test
    void aPayloadIsDrawnAsAnSvgOfItsModulesWithTheQuietZone() {
        String uri = QrImages.dataUri("HC1.abcdefghijklmnopqrstuv");
        assertTrue(uri.startsWith(PREFIX), uri);
        String svg = new String(Base64.getDecoder().decode(uri.substring(PREFIX.length())), StandardCharsets.US_ASCII);
        // A version 2 code (25 modules) for 25 characters at level M, and four modules of quiet zone each side.
        assertTrue(svg.contains("viewBox=\"0 0 33 33\""), svg);
        assertTrue(svg.contains("M4,4h1v1h-1z"), "the finder pattern starts after the quiet zone");
    }

    @Test
    void aPayloadNoCodeCouldHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrImages.dataUri("A".repeat(5000)));
    }
}
