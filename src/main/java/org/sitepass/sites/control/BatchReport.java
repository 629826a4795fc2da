package org.sitepass.sites.control;

import java.time.Instant;
import java.util.List;

/** What became of each row of a batch file, in the uploader's language. */
public record BatchReport(long batchId, String fileName, Instant uploadedAt, int accepted, int rejected,
                          List<Row> rows) {

    /** A row of the file (as a spreadsheet counts it), the venue it became, or why it was rejected. */
    public record Row(int rowNumber, Long venueId, List<String> problems) {
    }
}
