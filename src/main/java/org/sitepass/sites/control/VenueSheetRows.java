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
