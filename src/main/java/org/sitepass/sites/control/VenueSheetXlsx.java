package org.sitepass.sites.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an XLSX workbook as text, the way Excel shows each cell. */
final class VenueSheetXlsx {

    /** Excel shows at most 15 significant digits, so a stored 31.265400000000003 is the 31.2654 the user typed. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /**
     * 5,000 venues with every text at its longest unpack to 16 MB even when each character is written as a
     * numeric reference; twice that leaves room for styles and pictures. Much more is a bomb: the reader holds a
     * cell's text whole, in several times the bytes it came from, so that one cell of 150 MB fills a 512 MB heap.
     */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    /**
     * The reader pads each row to its farthest cell, and a one-cell sheet whose cell stands at column AAAAAAA
     * costs over a gigabyte; a venue sheet fills far fewer columns than 256 (IV, the old Excel limit), and rows
     * beyond 100,000 (formatted but empty, at most) cost time for nothing.
     */
    static final int MAX_COLUMNS = 256;
    static final int MAX_SHEET_ROWS = 100_000;
    private static final String WORKSHEETS = "xl/worksheets/";
    /** A cell's reference, as in {@code <c r="B7" ...>}; row elements carry digits only and do not match. */
    private static final Pattern CELL_REFERENCE = Pattern.compile("\\br=\"([A-Za-z]+)([0-9]+)\"");

    private VenueSheetXlsx() {
    }

    /**
     * Any failure of the reader means the upload is not a workbook we can read; it must not surface as a
     * server error, whatever the library throws for a damaged zip or sheet.
     */
    static void read(byte[] content, VenueSheetRows rows) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(countedCopy(content)));
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
     * The upload rewritten entry by entry into a zip of our own, which is all the reader ever opens: it cannot
     * inflate a byte that was not counted here, however the upload is laid out (entries hidden behind a fake
     * signature, local headers that disagree with the central directory). Counts real bytes, not the sizes the
     * zip claims, and stops at the limit rather than inflating the rest. Names repeated, which no spreadsheet
     * writes, are refused by the copy, so the reader has no choice between two parts to make.
     */
    private static byte[] countedCopy(byte[] content) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(content.length);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
                ZipOutputStream out = new ZipOutputStream(copy)) {
            out.setLevel(Deflater.BEST_SPEED);
            byte[] buffer = new byte[64 * 1024];
            long unpacked = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                ByteArrayOutputStream sheet = entry.getName().startsWith(WORKSHEETS) ? new ByteArrayOutputStream()
                        : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new VenueSheetException("sites.bulk.unreadable");
                        }
                        out.write(buffer, 0, n);
                        if (sheet != null) {
                            sheet.write(buffer, 0, n);
                        }
                    }
                }
                if (sheet != null) {
                    refuseFarCells(sheet.toString(StandardCharsets.ISO_8859_1));
                }
            }
        }
        return copy.toByteArray();
    }

    /** Checked before the reader sees the sheet, because its padding happens before any row reaches us. */
    static void refuseFarCells(String sheetXml) {
        Matcher cell = CELL_REFERENCE.matcher(sheetXml);
        while (cell.find()) {
            if (column(cell.group(1)) > MAX_COLUMNS || cell.group(2).length() > 6
                    || Integer.parseInt(cell.group(2)) > MAX_SHEET_ROWS) {
                throw new VenueSheetException("sites.bulk.unreadable");
            }
        }
    }

    private static long column(String letters) {
        if (letters.length() > 3) {
            return Long.MAX_VALUE;
        }
        long column = 0;
        for (char letter : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        return column;
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
