package org.sitepass.sites.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the raw rows of a file in order, whatever its format: the first non-blank one is the header, the
 * others become venue rows. Rows arrive one by one so that a file over the row limit is refused as soon as
 * the limit is passed, before a compressed XLSX is unpacked any further.
 */
final class VenueSheetRows {

    private final List<VenueSheetRow> rows = new ArrayList<>();
    private VenueSheetHeader header;

    void accept(int rowNumber, List<String> rawCells) {
        for (int i = 0; i < rawCells.size(); i++) {
            if (rawCells.get(i).length() > VenueSheet.MAX_CELL_CHARS) {
                throw new VenueSheetException("sites.bulk.cellTooLong", rowNumber, columnLetters(i),
                        VenueSheet.MAX_CELL_CHARS);
            }
        }
        List<String> cells = rawCells.stream().map(String::strip).toList();
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (header == null) {
            header = VenueSheetHeader.of(cells);
            return;
        }
        if (rows.size() == VenueSheet.MAX_ROWS) {
            throw new VenueSheetException("sites.bulk.tooManyRows", VenueSheet.MAX_ROWS);
        }
        rows.add(header.row(rowNumber, cells));
    }

    /** The column as a spreadsheet heads it, A to Z, then AA: the name a user finds it by, in a CSV too. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    List<VenueSheetRow> finish() {
        if (header == null) {
            throw new VenueSheetException("sites.bulk.empty");
        }
        if (rows.isEmpty()) {
            throw new VenueSheetException("sites.bulk.noRows");
        }
        return List.copyOf(rows);
    }
}
