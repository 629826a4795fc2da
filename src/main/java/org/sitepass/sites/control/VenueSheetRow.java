package org.sitepass.sites.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row: its 1-based row number in the file as a spreadsheet user counts it (header = row 1), and its
 * trimmed cells. Every column has an entry, empty when the cell or the whole column is absent, so validators
 * never meet a null.
 */
public record VenueSheetRow(int rowNumber, Map<VenueSheetColumn, String> cells) {

    public VenueSheetRow {
        Map<VenueSheetColumn, String> complete = new EnumMap<>(VenueSheetColumn.class);
        for (VenueSheetColumn column : VenueSheetColumn.values()) {
            complete.put(column, Objects.requireNonNullElse(cells.get(column), ""));
        }
        cells = Collections.unmodifiableMap(complete);
    }

    public String cell(VenueSheetColumn column) {
        return cells.get(column);
    }
}
