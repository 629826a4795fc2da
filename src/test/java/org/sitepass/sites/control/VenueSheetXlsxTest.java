package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A small upload that unpacks to more than any real workbook is refused before it is inflated. */
class VenueSheetXlsxTest {

    @Test
    void zipBombsAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= VenueSheetXlsx.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        VenueSheetException refused = assertThrows(VenueSheetException.class, () -> VenueSheet.read(bomb));
        assertEquals("sites.bulk.unreadable", refused.messageKey());
    }
}
