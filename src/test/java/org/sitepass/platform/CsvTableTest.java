package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvTable.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvTable.cell("+1"));
        assertEquals("'@cmd", CsvTable.cell("@cmd"));
    }

    @Test
    void cellsWithSeparatorsOrQuotesAreQuoted() {
        assertEquals("\"a,b\"", CsvTable.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvTable.cell("say \"hi\""));
        assertEquals("四川北路街道", CsvTable.cell("四川北路街道"));
    }

    @Test
    void aTableStartsWithTheMarkAndEndsItsLinesWithCrLf() {
        assertEquals("\uFEFFa,,'-1\r\nb,2\r\n", new CsvTable().line("a", null, "-1").line("b", 2).toString());
    }
}
