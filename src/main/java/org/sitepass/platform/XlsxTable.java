package org.sitepass.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A one-sheet XLSX workbook built line by line, as {@link CsvTable} builds CSV: every cell is written as text, never
 * as a formula, so that names and notes typed by anyone cannot run in a spreadsheet, and ID numbers keep every digit.
 */
public final class XlsxTable {

    public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String APPLICATION = "SitePass";
    private static final String VERSION = "1.0";

    private final String sheet;
    private final List<Object[]> lines = new ArrayList<>();

    /** @param sheet the sheet's name, as the spreadsheet's tab shows it */
    public XlsxTable(String sheet) {
        this.sheet = sheet;
    }

    public XlsxTable line(Object... cells) {
        lines.add(cells.clone());
        return this;
    }

    /** The workbook's file. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, APPLICATION, VERSION);
            Worksheet worksheet = workbook.newWorksheet(sheet);
            for (int row = 0; row < lines.size(); row++) {
                Object[] cells = lines.get(row);
                for (int column = 0; column < cells.length; column++) {
                    if (cells[column] != null) {
                        worksheet.value(row, column, String.valueOf(cells[column]));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
        return out.toByteArray();
    }
}
