package org.sitepass.sites.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistrictCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", DistrictCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", DistrictCsv.cell("+1"));
        assertEquals("'@cmd", DistrictCsv.cell("@cmd"));
    }

    @Test
    void cellsWithSeparatorsOrQuotesAreQuoted() {
        assertEquals("\"a,b\"", DistrictCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", DistrictCsv.cell("say \"hi\""));
        assertEquals("四川北路街道", DistrictCsv.cell("四川北路街道"));
    }
}
