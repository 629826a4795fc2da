package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void typesAreToldByTheirSignatures() {
        assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.PNG), FileType.of(PNG));
        assertEquals(Optional.of(FileType.JPEG), FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of(FileType.ZIP), FileType.of(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals(Optional.of(FileType.OLE2), FileType.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
    }

    @Test
    void pngNeedsItsWholeEightByteSignature() {
        assertEquals(Optional.empty(), FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0}));
        assertEquals(Optional.empty(), FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', 0x1A, '\n', 0}));
    }

    @Test
    void shortOrUnknownContentHasNoType() {
        assertEquals(Optional.empty(), FileType.of(new byte[0]));
        assertEquals(Optional.empty(), FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), FileType.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), FileType.of("serial,model".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void subtypesAreTheImageFormatNames() {
        assertEquals("png", FileType.PNG.subtype());
        assertEquals("jpeg", FileType.JPEG.subtype());
        assertEquals("image/jpeg", FileType.JPEG.mediaType());
    }
}
