package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** A workbook of text cells: what goes in is read back as typed, formulas and long numbers included. */
class XlsxTableTest {

    @Test
    void everyCellIsTextAsTyped() throws IOException {
        byte[] file = new XlsxTable("密接").line("姓名", "证件号码", "备注").line("张三", "310109199003071231",
                "=HYPERLINK(\"x\")").line("李四", null, "").bytes();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("密接", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(3, rows.size());
            assertEquals("310109199003071231", rows.get(1).getCellText(1));
            assertEquals("=HYPERLINK(\"x\")", rows.get(1).getCellText(2));
            assertEquals(CellType.STRING, rows.get(1).getCell(2).getType());
            assertEquals("李四", rows.get(2).getCellText(0));
            assertTrue(rows.get(2).getOptionalCell(1).isEmpty() || rows.get(2).getCellText(1).isEmpty());
        }
    }
}
