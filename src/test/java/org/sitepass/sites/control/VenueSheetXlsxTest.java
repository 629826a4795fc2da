package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitepass.sites.control.VenueSheetFiles.HEADER;
import static org.sitepass.sites.control.VenueSheetFiles.VENUE;
import static org.sitepass.sites.control.VenueSheetFiles.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/** A small upload that unpacks to more than any real workbook is refused before it is inflated. */
class VenueSheetXlsxTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @Test
    void zipBombsAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(SHEET));
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

    /**
     * The reader finds entries through the central directory, so a sheet that a stream of local headers never
     * reaches, because a central-directory signature stands before it, must be counted all the same. A gigabyte
     * of spaces takes seconds to inflate; the refusal comes well before, at the limit.
     */
    @Test
    void aSheetBehindAFakeCentralDirectorySignatureIsCounted() throws IOException {
        byte[] bomb = workbookWithSheetBehindFakeSignature(1024);
        VenueSheetException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(VenueSheetException.class, () -> VenueSheet.read(bomb)));
        assertEquals("sites.bulk.unreadable", refused.messageKey());
    }

    /** The crafted file is a workbook the reader reads: what is refused above is its size, not its shape. */
    @Test
    void theSameWorkbookWithinTheLimitIsRead() throws IOException {
        byte[] padded = workbookWithSheetBehindFakeSignature(1);
        assertEquals(List.of(new VenueSheetRow(2, VenueSheetFiles.venue())), VenueSheet.read(padded));
    }

    /**
     * The reader pads a row with empty cells up to its farthest one: one cell at column AAAAAAA of a file of a
     * few hundred bytes would ask for over a gigabyte. Such cells, and rows beyond any sheet's use, are refused
     * before the reader sees them.
     */
    @Test
    void cellsFarBeyondAVenueSheetAreRefusedBeforeTheReaderPadsToThem() throws IOException {
        for (String far : List.of("AAAAAAA1", "XFD1", "IW1", "A1048576")) {
            byte[] workbook = workbookWithCellMovedTo(far);
            VenueSheetException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(VenueSheetException.class, () -> VenueSheet.read(workbook)), far);
            assertEquals("sites.bulk.unreadable", refused.messageKey(), far);
        }
    }

    @Test
    void cellsWithinTheLimitsPass() {
        VenueSheetXlsx.refuseFarCells("<row r=\"100000\"><c r=\"IV100000\" s=\"1\"/><c t=\"s\" r=\"a2\"/></row>");
        assertThrows(VenueSheetException.class, () -> VenueSheetXlsx.refuseFarCells("<c s=\"1\" r=\"A100001\"/>"));
    }

    /** Two sheets of one name leave it to chance which one is read, and no spreadsheet writes them. */
    @Test
    void aWorkbookNamingAPartTwiceIsRefused() throws IOException {
        Map<String, byte[]> parts = parts();
        CraftedZip zip = new CraftedZip();
        parts.forEach((name, content) -> zip.add(name, Deflated.of(content)));
        zip.add(SHEET, Deflated.of(parts.get(SHEET)));
        byte[] twice = zip.finish();
        VenueSheetException refused = assertThrows(VenueSheetException.class, () -> VenueSheet.read(twice));
        assertEquals("sites.bulk.unreadable", refused.messageKey());
    }

    /**
     * Every text at the longest its field allows, in Chinese and different on every row, so that no shared string
     * saves space: the most a legitimate upload can unpack to is within the limit.
     */
    @Test
    void theLargestLegitimateWorkbookIsRead() {
        Object[][] rows = new Object[VenueSheet.MAX_ROWS + 1][];
        rows[0] = HEADER.split(",");
        for (int r = 1; r < rows.length; r++) {
            String[] venue = VENUE.clone();
            venue[VenueSheetColumn.NAME.ordinal()] = longest(r, 100);
            venue[VenueSheetColumn.ADDRESS.ordinal()] = longest(r, 200);
            venue[VenueSheetColumn.OPERATOR_NAME.ordinal()] = longest(r, 100);
            venue[VenueSheetColumn.RESPONSIBLE_PERSON.ordinal()] = longest(r, 50);
            rows[r] = venue;
        }
        assertEquals(VenueSheet.MAX_ROWS, VenueSheet.read(xlsx(rows)).size());
    }

    private static String longest(int row, int length) {
        String number = Integer.toString(row);
        return "长".repeat(length - number.length()) + number;
    }

    /**
     * A valid one-venue workbook whose sheet comes last, after four bytes that say the central directory starts
     * there, and whose sheet holds that many megabytes of spaces before its rows: a stream of local headers stops
     * at the signature, while the reader, going by the central directory, opens the sheet and inflates every space.
     */
    private static byte[] workbookWithSheetBehindFakeSignature(long megabytes) throws IOException {
        Map<String, byte[]> parts = parts();
        String sheet = new String(parts.remove(SHEET), StandardCharsets.UTF_8);
        int rowsStart = sheet.indexOf("<sheetData>") + "<sheetData>".length();
        CraftedZip zip = new CraftedZip();
        parts.forEach((name, content) -> zip.add(name, Deflated.of(content)));
        zip.fakeCentralDirectorySignature();
        zip.add(SHEET, Deflated.padded(sheet.substring(0, rowsStart), megabytes, sheet.substring(rowsStart)));
        return zip.finish();
    }

    private static byte[] workbookWithCellMovedTo(String reference) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts().entrySet()) {
                byte[] content = part.getValue();
                if (part.getKey().equals(SHEET)) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    assertTrue(sheet.contains("r=\"A1\""), "the sheet names its cells");
                    content = sheet.replaceFirst("r=\"A1\"", "r=\"" + reference + "\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The parts of a valid one-venue workbook, by name, in the order its zip holds them. */
    private static Map<String, byte[]> parts() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx(HEADER.split(","), VENUE))).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return parts;
    }

    /** A raw deflate stream with what a zip header says of it. */
    private record Deflated(byte[] data, long crc, long size) {

        private static final int MEGABYTE = 1024 * 1024;

        static Deflated of(byte[] content) {
            return padded(new String(content, StandardCharsets.UTF_8), 0, "");
        }

        /**
         * {@code head}, then {@code megabytes} of spaces, then {@code tail}, deflated without ever holding the
         * spaces: a megabyte of them, flushed so that it refers to nothing before it, is repeated as often as it
         * takes, so that a gigabyte costs a megabyte here.
         */
        static Deflated padded(String head, long megabytes, String tail) {
            byte[] block = new byte[MEGABYTE];
            Arrays.fill(block, (byte) ' ');
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            CRC32 crc = new CRC32();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(deflate(deflater, utf8(head), false));
            crc.update(utf8(head));
            byte[] deflatedBlock = deflate(deflater, block, false);
            for (long i = 0; i < megabytes; i++) {
                out.writeBytes(deflatedBlock);
                crc.update(block);
            }
            out.writeBytes(deflate(deflater, utf8(tail), true));
            crc.update(utf8(tail));
            deflater.end();
            return new Deflated(out.toByteArray(), crc.getValue(),
                    utf8(head).length + megabytes * MEGABYTE + utf8(tail).length);
        }

        /** The input deflated up to a point the output can be cut at, or to the end of the stream. */
        private static byte[] deflate(Deflater deflater, byte[] input, boolean last) {
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length || last && !deflater.finished());
            return out.toByteArray();
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A zip written byte by byte, so that it can hold what no zip library would write. */
    private static final class CraftedZip {

        private static final int LOCAL_HEADER = 0x04034b50;
        private static final int CENTRAL_HEADER = 0x02014b50;
        private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
        private static final short VERSION = 20;
        private static final short UTF8_NAMES = 0x0800;
        private static final short DEFLATED = 8;

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<byte[]> centralDirectory = new ArrayList<>();

        void add(String name, Deflated content) {
            byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(header(30, fileName).putInt(LOCAL_HEADER).putShort(VERSION)
                    .putShort(UTF8_NAMES).putShort(DEFLATED).putInt(0).putInt((int) content.crc())
                    .putInt(content.data().length).putInt((int) content.size()).putShort((short) fileName.length)
                    .putShort((short) 0).put(fileName).array());
            out.writeBytes(content.data());
            centralDirectory.add(header(46, fileName).putInt(CENTRAL_HEADER).putShort(VERSION)
                    .putShort(VERSION).putShort(UTF8_NAMES).putShort(DEFLATED).putInt(0).putInt((int) content.crc())
                    .putInt(content.data().length).putInt((int) content.size()).putShort((short) fileName.length)
                    .putInt(0).putInt(0).putInt(0).putInt(offset).put(fileName).array());
        }

        void fakeCentralDirectorySignature() {
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(CENTRAL_HEADER).array());
        }

        byte[] finish() {
            int start = out.size();
            centralDirectory.forEach(out::writeBytes);
            out.writeBytes(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(END_OF_CENTRAL_DIRECTORY)
                    .putInt(0).putShort((short) centralDirectory.size()).putShort((short) centralDirectory.size())
                    .putInt(out.size() - start).putInt(start).putShort((short) 0).array());
            return out.toByteArray();
        }

        private static ByteBuffer header(int fixedLength, byte[] fileName) {
            return ByteBuffer.allocate(fixedLength + fileName.length).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
