package org.sitepass.vendors.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

/** Documents are typed by their content; names and claims count for nothing. */
class DocumentTypesTest {

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytes() {
        assertEquals("application/pdf", DocumentTypes.mediaTypeOf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("image/png", DocumentTypes.mediaTypeOf(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
        assertEquals("image/jpeg", DocumentTypes.mediaTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertRefused("documents.type", "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("documents.type", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertRefused("documents.type", "%PD".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void emptyAndOversizeFilesAreRefused() {
        assertRefused("documents.empty", new byte[0]);
        byte[] huge = new byte[DocumentTypes.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertRefused("documents.tooLarge", huge);
    }

    private static void assertRefused(String key, byte[] content) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> DocumentTypes.mediaTypeOf(content));
        assertEquals("file", refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).text().key());
    }
}
