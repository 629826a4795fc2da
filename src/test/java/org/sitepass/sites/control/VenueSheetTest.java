package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sitepass.sites.control.VenueSheetColumn.ADDRESS;
import static org.sitepass.sites.control.VenueSheetColumn.CONTACT_MOBILE;
import static org.sitepass.sites.control.VenueSheetColumn.ENTRANCES;
import static org.sitepass.sites.control.VenueSheetColumn.EXPECTED_DAILY_VISITORS;
import static org.sitepass.sites.control.VenueSheetColumn.LATITUDE;
import static org.sitepass.sites.control.VenueSheetColumn.LONGITUDE;
import static org.sitepass.sites.control.VenueSheetColumn.NAME;
import static org.sitepass.sites.control.VenueSheetColumn.OPERATOR_CREDIT_CODE;
import static org.sitepass.sites.control.VenueSheetFiles.HEADER;
import static org.sitepass.sites.control.VenueSheetFiles.HEADER_ZH;
import static org.sitepass.sites.control.VenueSheetFiles.ROW;
import static org.sitepass.sites.control.VenueSheetFiles.VENUE;
import static org.sitepass.sites.control.VenueSheetFiles.csvWithRows;
import static org.sitepass.sites.control.VenueSheetFiles.noiseAfter;
import static org.sitepass.sites.control.VenueSheetFiles.utf8;
import static org.sitepass.sites.control.VenueSheetFiles.venue;
import static org.sitepass.sites.control.VenueSheetFiles.xlsx;
import static org.sitepass.sites.control.VenueSheetFiles.xlsxWithRows;
import static org.sitepass.sites.control.VenueSheetFiles.zippedCsv;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.sites.SitesTexts;

class VenueSheetTest {

    @Test
    void readsCsvWithoutBom() {
        assertEquals(List.of(new VenueSheetRow(2, venue())), VenueSheet.read(utf8(HEADER + "\n" + ROW + "\n")));
    }

    @Test
    void readsCsvWithBom() {
        assertEquals(List.of(new VenueSheetRow(2, venue())), VenueSheet.read(utf8("\uFEFF" + HEADER + "\n" + ROW)));
    }

    @Test
    void readsCrlfLineEnds() {
        assertEquals(List.of(new VenueSheetRow(2, venue()), new VenueSheetRow(3, venue())),
                VenueSheet.read(utf8(HEADER + "\r\n" + ROW + "\r\n" + ROW + "\r\n")));
    }

    @Test
    void readsChineseHeaders() {
        assertEquals(venue(), firstRow(HEADER_ZH + "\n" + ROW).cells());
    }

    @Test
    void readsEnglishHeadersInAnyCaseWithSpacesOrHyphens() {
        String header = HEADER.toUpperCase().replace("OPERATOR_NAME", " Operator Name ")
                .replace("CONTACT_MOBILE", "contact-mobile");

        assertEquals(venue(), firstRow(header + "\n" + ROW).cells());
    }

    @Test
    void readsColumnsInAnyOrder() {
        VenueSheetRow row = firstRow("联系手机,name,category,district,street,address,operator_name,"
                + "operator_credit_code,responsible_person,entrances,expected_daily_visitors\n"
                + "13812345678,店,supermarket,普陀区,长寿路街道,地址,公司,913101076072178915,张三,2,1500");

        assertEquals("13812345678", row.cell(CONTACT_MOBILE));
        assertEquals("店", row.cell(NAME));
    }

    @Test
    void optionalCoordinateColumnsMayBeAbsent() {
        VenueSheetRow row = firstRow(HEADER.replace(",latitude,longitude", "") + "\n"
                + ROW.replace(",31.2406,121.4371", ""));

        assertEquals("", row.cell(LATITUDE));
        assertEquals("", row.cell(LONGITUDE));
        assertEquals("13812345678", row.cell(CONTACT_MOBILE));
    }

    @Test
    void quotedFieldMayHoldCommaNewlineAndEscapedQuote() {
        String row = ROW.replace("长寿路 123 号", "\"长寿路 123 号, 2 楼\r\n\"\"东门\"\"\"")
                .replace("华联超市长寿路店", "\"华联\"");

        VenueSheetRow read = firstRow(HEADER + "\n" + row + "\n" + ROW);

        assertEquals("长寿路 123 号, 2 楼\r\n\"东门\"", read.cell(ADDRESS));
        assertEquals("华联", read.cell(NAME));
    }

    @Test
    void multiLineFieldCountsAsOneRow() {
        String row = ROW.replace("长寿路 123 号", "\"第一行\n第二行\n第三行\"");

        assertEquals(List.of(2, 3), rowNumbers(HEADER + "\n" + row + "\n" + ROW));
    }

    @Test
    void blankRowsAreSkippedButCounted() {
        assertEquals(List.of(5, 7), rowNumbers("\n,,\n" + HEADER + "\n\n" + ROW + "\n , ,\n" + ROW + "\n\n"));
    }

    @Test
    void cellsAreTrimmedButInteriorTextKept() {
        VenueSheetRow row = firstRow(HEADER + "\n" + ROW.replace("华联超市长寿路店", "  华联  超市 \t")
                .replace("13812345678", "\" 13812345678\u3000\""));

        assertEquals("华联  超市", row.cell(NAME));
        assertEquals("13812345678", row.cell(CONTACT_MOBILE));
    }

    @Test
    void emptyCellsAreEmptyStrings() {
        VenueSheetRow row = firstRow(HEADER + "\n" + ROW.replace("13812345678", "").replace("31.2406", "  "));

        assertEquals("", row.cell(CONTACT_MOBILE));
        assertEquals("", row.cell(LATITUDE));
    }

    @Test
    void shortRowsLeaveMissingCellsEmpty() {
        VenueSheetRow row = firstRow(HEADER + "\n华联,supermarket");

        assertEquals("华联", row.cell(NAME));
        assertEquals("", row.cell(EXPECTED_DAILY_VISITORS));
    }

    @Test
    void emptyTrailingCellsAreAllowed() {
        assertEquals(venue(), firstRow(HEADER + ",,\n" + ROW + ",, \n").cells());
    }

    @Test
    void rowsAlwaysHoldEveryColumn() {
        VenueSheetRow row = new VenueSheetRow(2, Map.of(OPERATOR_CREDIT_CODE, "913101076072178915"));

        assertEquals(VenueSheetColumn.values().length, row.cells().size());
        assertEquals("", row.cell(NAME));
    }

    @Test
    void acceptsMaxRows() {
        List<VenueSheetRow> rows = VenueSheet.read(csvWithRows(VenueSheet.MAX_ROWS));

        assertEquals(VenueSheet.MAX_ROWS, rows.size());
        assertEquals(VenueSheet.MAX_ROWS + 1, rows.get(rows.size() - 1).rowNumber());
    }

    @Test
    void readsXlsxWithNumbers() {
        byte[] xlsx = xlsx(HEADER_ZH.split(","), new Object[] {"华联超市长寿路店", "supermarket", "普陀区", "长寿路街道",
            "长寿路 123 号", 31.2406, 121.4371, "上海华联超市有限公司", "913101076072178915", "张三", 13812345678L, 2, 1500.0},
            null, VENUE);

        assertEquals(List.of(new VenueSheetRow(2, venue()), new VenueSheetRow(4, venue())), VenueSheet.read(xlsx));
    }

    @Test
    void xlsxNumbersReadAsExcelShowsThem() {
        Object[] venue = Arrays.copyOf(VENUE, VENUE.length, Object[].class);
        venue[LATITUDE.ordinal()] = 0.1 + 0.2;
        venue[CONTACT_MOBILE.ordinal()] = 13812345678.0;
        venue[ENTRANCES.ordinal()] = 1e2;
        venue[EXPECTED_DAILY_VISITORS.ordinal()] = 0.5;

        VenueSheetRow row = VenueSheet.read(xlsx(HEADER.split(","), venue)).get(0);

        assertEquals("0.3", row.cell(LATITUDE));
        assertEquals("13812345678", row.cell(CONTACT_MOBILE));
        assertEquals("100", row.cell(ENTRANCES));
        assertEquals("0.5", row.cell(EXPECTED_DAILY_VISITORS));
    }

    @Test
    void xlsxAcceptsMaxRows() {
        List<VenueSheetRow> rows = VenueSheet.read(xlsxWithRows(VenueSheet.MAX_ROWS));

        assertEquals(VenueSheet.MAX_ROWS, rows.size());
        assertEquals(venue(), rows.get(VenueSheet.MAX_ROWS - 1).cells());
    }

    @Test
    void refusesEmptyFile() {
        assertRefused("sites.bulk.empty", new byte[0]);
    }

    @Test
    void refusesFileOfBlankRows() {
        assertRefused("sites.bulk.empty", utf8("\uFEFF\r\n , \r\n,,,\r\n"));
    }

    @Test
    void refusesOversizeFile() {
        assertRefused("sites.bulk.tooLarge", new byte[VenueSheet.MAX_BYTES + 1], 10);
    }

    @Test
    void refusesGbkEncodedCsv() {
        assertRefused("sites.bulk.encoding", (HEADER_ZH + "\n" + ROW).getBytes(Charset.forName("GBK")));
    }

    @Test
    void refusesUnterminatedQuoteWithTheRowItStartsOn() {
        assertRefused("sites.bulk.quote", utf8(HEADER + "\n" + ROW + "\n\n\"华联," + ROW + "\n" + ROW), 4);
    }

    @Test
    void refusesTextAfterClosingQuote() {
        assertRefused("sites.bulk.quote", utf8(HEADER + "\n" + ROW.replace("张三", "\"张\"三")), 2);
    }

    @Test
    void refusesQuoteInsideUnquotedField() {
        assertRefused("sites.bulk.quote", utf8(HEADER + "\n" + ROW.replace(",张三", ", \"张三\"")), 2);
    }

    @Test
    void refusesValueBeyondTheHeader() {
        assertRefused("sites.bulk.extraCells", utf8(HEADER + "\n" + ROW + "\n" + ROW + ",,备注"), 3);
    }

    @Test
    void refusesValueUnderBlankHeaderCell() {
        assertRefused("sites.bulk.extraCells", utf8(HEADER.replace(",latitude,", ",,") + "\n" + ROW), 2);
    }

    @Test
    void refusesMissingRequiredColumns() {
        String header = HEADER.replace(",contact_mobile", "").replace("name,category,", "");

        assertRefused("sites.bulk.header.missing", utf8(header + "\n" + ROW), "name, category, contact_mobile");
    }

    @Test
    void refusesUnknownColumn() {
        assertRefused("sites.bulk.header.unknown", utf8(HEADER + ", 备注 \n" + ROW), "备注");
    }

    @Test
    void refusesDuplicateColumn() {
        assertRefused("sites.bulk.header.duplicate", utf8(HEADER + ",场所名称\n" + ROW), "场所名称");
    }

    @Test
    void refusesHeaderOnly() {
        assertRefused("sites.bulk.noRows", utf8(HEADER + "\r\n\r\n,,\r\n"));
    }

    @Test
    void refusesMoreThanMaxRows() {
        assertRefused("sites.bulk.tooManyRows", csvWithRows(VenueSheet.MAX_ROWS + 1), VenueSheet.MAX_ROWS);
    }

    @Test
    void refusesXlsxWithMoreThanMaxRows() {
        assertRefused("sites.bulk.tooManyRows", xlsxWithRows(VenueSheet.MAX_ROWS + 1), VenueSheet.MAX_ROWS);
    }

    @Test
    void refusesRandomBytesThatLookLikeZip() {
        assertRefused("sites.bulk.unreadable", noiseAfter((byte) 'P', (byte) 'K', (byte) 3, (byte) 4));
    }

    @Test
    void refusesZipThatIsNotAWorkbook() {
        assertRefused("sites.bulk.unreadable", zippedCsv());
    }

    @Test
    void refusesLegacyXls() {
        assertRefused("sites.bulk.unreadable", noiseAfter((byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, (byte) 0x1A, (byte) 0xE1));
    }

    @Test
    void refusesXlsxWhoseHeaderLacksAColumn() {
        byte[] xlsx = xlsx(HEADER.replace("operator_credit_code,", "").split(","), VENUE);

        assertRefused("sites.bulk.header.missing", xlsx, "operator_credit_code");
    }

    /** The address is the longest field, at 200; a little more still reaches its own rule on its own row. */
    @Test
    void readsCellsUpToTheCellLimit() {
        String[] venue = VENUE.clone();
        venue[ADDRESS.ordinal()] = "长".repeat(VenueSheet.MAX_CELL_CHARS);

        assertEquals(venue[ADDRESS.ordinal()], firstRow(HEADER + "\n" + String.join(",", venue)).cell(ADDRESS));
    }

    @Test
    void refusesCsvCellOverTheLimitNamingItsRowAndColumn() {
        String[] venue = VENUE.clone();
        venue[ADDRESS.ordinal()] = "长".repeat(VenueSheet.MAX_CELL_CHARS + 1);

        assertRefused("sites.bulk.cellTooLong", utf8(HEADER + "\n\n" + String.join(",", venue)), 3, "E",
                VenueSheet.MAX_CELL_CHARS);
    }

    /** Spaces around a value count too: the limit is on what the reader hands over, before each cell is stripped. */
    @Test
    void refusesXlsxCellOverTheLimitNamingItsRowAndColumn() {
        Object[] venue = VENUE.clone();
        venue[LATITUDE.ordinal()] = " ".repeat(VenueSheet.MAX_CELL_CHARS) + "31.2";

        assertRefused("sites.bulk.cellTooLong", xlsx(HEADER.split(","), venue), 2, "F", VenueSheet.MAX_CELL_CHARS);
    }

    @Test
    void theCellLimitIsExplainedByRowAndColumn() {
        String[] venue = VENUE.clone();
        venue[NAME.ordinal()] = "长".repeat(VenueSheet.MAX_CELL_CHARS + 1);
        VenueSheetException refused = assertThrows(VenueSheetException.class,
                () -> VenueSheet.read(utf8(HEADER + "\n" + String.join(",", venue))));
        ModuleText text = SitesTexts.text(refused.messageKey(), refused.arguments());

        assertEquals("第 2 行 A 列的内容超过 300 个字符，请检查该单元格。", text.in(Languages.CHINESE));
        assertEquals("Row 2, column A holds more than 300 characters; check that cell.", text.in(Languages.ENGLISH));
    }

    @Test
    void columnsAreNamedAsASpreadsheetHeadsThem() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
                Stream.of(0, 25, 26, 51, 52, 701, 702).map(VenueSheetRows::columnLetters).toList());
    }

    private static VenueSheetRow firstRow(String csv) {
        return VenueSheet.read(utf8(csv)).get(0);
    }

    private static List<Integer> rowNumbers(String csv) {
        return VenueSheet.read(utf8(csv)).stream().map(VenueSheetRow::rowNumber).toList();
    }

    private static void assertRefused(String messageKey, byte[] content, Object... arguments) {
        VenueSheetException refused = assertThrows(VenueSheetException.class, () -> VenueSheet.read(content));
        assertEquals(messageKey, refused.messageKey());
        assertArrayEquals(arguments, refused.arguments());
    }
}
