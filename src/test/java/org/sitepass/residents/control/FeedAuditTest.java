package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.control.FeedRecord.Kind;

class FeedAuditTest {

    @Test
    void theEntryCountsKindsAndResults() {
        FeedReport report = new FeedReport("b", 3, 2, 0, 0, 1, List.of(
                new FeedReport.Result(0, Kind.RESIDENT, "r-1", FeedOutcome.CREATED, null),
                new FeedReport.Result(1, Kind.NAT, "n-1", FeedOutcome.CREATED, null),
                new FeedReport.Result(2, Kind.NAT, "n-2", FeedOutcome.UNKNOWN_RESIDENT, "no resident")));
        assertEquals("3 records; CREATED 2, UNKNOWN_RESIDENT 1; RESIDENT 1, NAT 2", FeedAudit.summary(report));
    }

    @Test
    void everyKindAndResultOfAFullBatchFitTheColumn() {
        List<FeedReport.Result> results = new ArrayList<>();
        for (int i = 0; i < FeedBatch.MAX_RECORDS; i++) {
            results.add(new FeedReport.Result(i, Kind.values()[i % Kind.values().length], "s" + i,
                    FeedOutcome.values()[i / 7 % FeedOutcome.values().length], null));
        }
        String summary = FeedAudit.summary(new FeedReport("b", results.size(), 0, 0, 0, 0, results));
        assertTrue(summary.length() <= FeedAudit.PURPOSE_LENGTH, summary);
        assertTrue(summary.endsWith("VACCINATION 2000"), summary);
    }
}
