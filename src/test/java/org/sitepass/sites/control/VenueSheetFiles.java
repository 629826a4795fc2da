package org.sitepass.sites.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Batch files for tests: one known venue, written as CSV text or as an XLSX workbook. */
final class VenueSheetFiles {

    static final String HEADER = Arrays.stream(VenueSheetColumn.values())
            .map(VenueSheetColumn::key).collect(Collectors.joining(","));
    static final String HEADER_ZH = Arrays.stream(VenueSheetColumn.values())
            .map(VenueSheetColumn::headerZh).collect(Collectors.joining(","));
    static final String[] VENUE = {"华联超市长寿路店", "supermarket", "普陀区", "长寿路街道", "长寿路 123 号",
        "31.2406", "121.4371", "上海华联超市有限公司", "913101076072178915", "张三", "13812345678", "2", "1500"};
    static final String ROW = String.join(",", VENUE);

    private VenueSheetFiles() {
    }

    /** The cells {@link #VENUE} must read back as. */
    static Map<VenueSheetColumn, String> venue() {
        return Arrays.stream(VenueSheetColumn.values()).collect(Collectors.toMap(c -> c, c -> VENUE[c.ordinal()]));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csvWithRows(int count) {
        return utf8(HEADER + "\r\n" + (ROW + "\r\n").repeat(count));
    }

    static byte[] xlsxWithRows(int count) {
        Object[][] rows = new Object[count + 1][];
        rows[0] = HEADER.split(",");
        Arrays.fill(rows, 1, rows.length, VENUE);
        return xlsx(rows);
    }

    /**
     * A one-sheet workbook, a row per array; a null array leaves its row out. Numbers become numeric cells, as
     * Excel stores a mobile or a count the user typed as a number.
     */
    static byte[] xlsx(Object[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "SitePass", "1.0");
            Worksheet sheet = workbook.newWorksheet("场所");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; rows[r] != null && c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, (String) rows[r][c]);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Noise behind a file signature, to see that the signature alone is not trusted. */
    static byte[] noiseAfter(byte... signature) {
        byte[] content = new byte[4096];
        new Random(42).nextBytes(content);
        System.arraycopy(signature, 0, content, 0, signature.length);
        return content;
    }

    /** A well-formed zip holding a CSV rather than a workbook. */
    static byte[] zippedCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("venues.csv"));
            zip.write(utf8(HEADER + "\n" + ROW));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
