package org.sitepass.sites.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitepass.platform.CsvRecords;
import org.sitepass.platform.FileType;

/**
 * Turns an uploaded batch file into rows of raw text cells. A file that cannot be read as a
 * whole is refused with a {@link VenueSheetException}; there are never partial results, because a chain
 * that uploads 3,000 venues must not be left wondering which of them were taken.
 */
public final class VenueSheet {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /**
     * The longest field, the address, takes 200 characters; a cell somewhat longer still reaches that field's
     * length rule and is reported on its own row. Far longer is refused with the file, since one shared string
     * of a workbook can fill every cell of every row, and the rows are all held until the file is read: this
     * keeps them under 5,000 x 13 x 300 characters.
     */
    static final int MAX_CELL_CHARS = 300;

    private VenueSheet() {
    }

    /**
     * Reads a CSV (UTF-8, with or without BOM) or XLSX (first sheet) file, told apart by content, not by
     * name, because browsers and users rename files freely. A legacy .xls workbook is refused as unreadable
     * rather than reported as a CSV in the wrong encoding.
     */
    public static List<VenueSheetRow> read(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw new VenueSheetException("sites.bulk.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new VenueSheetException("sites.bulk.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        VenueSheetRows rows = new VenueSheetRows();
        Optional<FileType> type = FileType.of(content);
        if (type.equals(Optional.of(FileType.ZIP))) {
            VenueSheetXlsx.read(content, rows);
        } else if (type.equals(Optional.of(FileType.OLE2))) {
            throw new VenueSheetException("sites.bulk.unreadable");
        } else {
            csv(content, rows);
        }
        return rows.finish();
    }

    private static void csv(byte[] content, VenueSheetRows rows) {
        try {
            CsvRecords.read(content, rows::accept);
        } catch (CsvRecords.Unreadable e) {
            VenueSheetException refused = e.flaw() == CsvRecords.Flaw.ENCODING
                    ? new VenueSheetException("sites.bulk.encoding")
                    : new VenueSheetException("sites.bulk.quote", e.recordNumber());
            refused.initCause(e);
            throw refused;
        }
    }
}
