package org.sitepass.platform;

/**
 * CSV as the city's officers open it: UTF-8 with a byte-order mark so that spreadsheets read Chinese, CRLF lines,
 * and cells that a spreadsheet would run as a formula defused, because venue names and notes are typed by anyone.
 */
public final class CsvTable {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvTable line(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells[i] == null ? "" : String.valueOf(cells[i])));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
