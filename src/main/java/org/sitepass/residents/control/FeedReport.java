package org.sitepass.residents.control;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sitepass.residents.control.FeedRecord.Kind;

/**
 * The answer to a health-feed batch: the counts, and each record's result in the batch's order.
 *
 * @param batchId the id under which the batch is in the audit trail, for the source to quote
 */
@Schema(name = "HealthFeedReport")
public record FeedReport(String batchId, int received, int created, int updated, int unchanged, int refused,
                         List<Result> results) {

    /**
     * @param message why a record was refused, in the caller's language; none for records stored or unchanged
     */
    @Schema(name = "HealthFeedResult")
    public record Result(int index, Kind kind, String sourceId, FeedOutcome result, String message) {
    }
}
