package org.sitepass.sites.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an XLSX workbook as text, the way Excel shows each cell. */
final class VenueSheetXlsx {

    /** Excel shows at most 15 significant digits, so a stored 31.265400000000003 is the 31.2654 the user typed. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    private VenueSheetXlsx() {
    }

    /**
     * Any failure of the reader means the upload is not a workbook we can read; it must not surface as a
     * server error, whatever the library throws for a damaged zip or sheet.
     */
    static void read(byte[] content, VenueSheetRows rows) {
        requireModestExpansion(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> rows.accept(row.getRowNum(), texts(row)));
        } catch (VenueSheetException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            VenueSheetException refused = new VenueSheetException("sites.bulk.unreadable");
            refused.initCause(e);
            throw refused;
        }
    }

    /**
     * A workbook of 5,000 venues unpacks to a few megabytes; a zip that unpacks to far more is a bomb, refused
     * before the reader inflates it into memory. Counts real bytes, not the sizes the zip claims.
     */
    static void requireModestExpansion(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8.name(), true, true)) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new VenueSheetException("sites.bulk.unreadable");
                    }
                }
            }
        } catch (IOException e) {
            VenueSheetException refused = new VenueSheetException("sites.bulk.unreadable");
            refused.initCause(e);
            throw refused;
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : text(cell.getValue()));
        }
        return texts;
    }

    /**
     * Mobiles and counts are often typed as numbers; they must read back as {@code 13812345678} and {@code 2},
     * not {@code 1.3812345678E10} and {@code 2.0}.
     */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return value.toString();
    }
}
