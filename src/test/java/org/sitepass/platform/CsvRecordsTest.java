package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void plainRecordsSplitOnCommasAndLineEnds() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), read("a,b\nc,\n"));
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), read("a,b\r\nc,d"));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("华联, 四川北路店", "say \"hi\"", "line 1\r\nline 2\nline 3"), List.of("x")),
                read("\"华联, 四川北路店\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\nline 3\"\r\nx\r\n"));
        assertEquals(List.of(List.of("", "")), read("\"\",\"\""));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstField() {
        assertEquals(List.of(List.of("serial", "model")), read("\uFEFFserial,model\r\n"));
    }

    @Test
    void recordNumbersCountRecordsNotLines() {
        List<Integer> numbers = new ArrayList<>();
        CsvRecords.read(utf8("h\n\"two\nlines\"\nthird\n"), (number, fields) -> numbers.add(number));
        assertEquals(List.of(1, 2, 3), numbers);
    }

    @Test
    void whatCsvWritesCsvReadsBack() {
        String written = new CsvTable().line("a,b", "say \"hi\"", "two\nlines", "四川北路").toString();
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "two\nlines", "四川北路")), read(written));
    }

    @Test
    void malformedQuotesAreRefusedWithTheirRecord() {
        assertRefused(CsvRecords.Flaw.QUOTE, 2, "h\n\"open,x\ny\n");
        assertRefused(CsvRecords.Flaw.QUOTE, 1, "\"closed\"then,x");
        assertRefused(CsvRecords.Flaw.QUOTE, 3, "h\nok\na \"quoted\",x");
    }

    @Test
    void anythingButUtf8IsRefused() {
        CsvRecords.Unreadable refused = assertThrows(CsvRecords.Unreadable.class,
                () -> CsvRecords.read("序列号,型号".getBytes(Charset.forName("GBK"))));
        assertEquals(CsvRecords.Flaw.ENCODING, refused.flaw());
    }

    private static void assertRefused(CsvRecords.Flaw flaw, int recordNumber, String text) {
        CsvRecords.Unreadable refused = assertThrows(CsvRecords.Unreadable.class, () -> read(text));
        assertEquals(flaw, refused.flaw());
        assertEquals(recordNumber, refused.recordNumber());
    }

    private static List<List<String>> read(String text) {
        return CsvRecords.read(utf8(text));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
