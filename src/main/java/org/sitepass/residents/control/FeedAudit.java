package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.residents.control.FeedRecord.Kind;

/**
 * The audit trail's entry of each health-feed batch: who sent it (the caller, the feed's service account), how many
 * records of each kind and how each ended. Counts only: no document, name or health fact of anyone.
 */
@ApplicationScoped
public class FeedAudit {

    static final String OBJECT_TYPE = "health_feed_batch";
    /** The audit entry's purpose column. */
    static final int PURPOSE_LENGTH = 255;

    @Inject
    AuditTrail audit;

    void batchReceived(FeedReport report) {
        audit.record(AuditRecord.success("HEALTH_FEED_BATCH_RECEIVED", OBJECT_TYPE, report.batchId())
                .because(summary(report)));
    }

    /** {@code 3 records; CREATED 2, UNKNOWN_RESIDENT 1; RESIDENT 1, NAT 2}: the outcomes and kinds that occur. */
    static String summary(FeedReport report) {
        Map<FeedOutcome, Long> outcomes = new EnumMap<>(FeedOutcome.class);
        Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
        report.results().forEach(result -> {
            outcomes.merge(result.result(), 1L, Long::sum);
            kinds.merge(result.kind(), 1L, Long::sum);
        });
        String summary = report.received() + " records; " + counts(outcomes) + "; " + counts(kinds);
        return summary.length() <= PURPOSE_LENGTH ? summary : summary.substring(0, PURPOSE_LENGTH);
    }

    private static String counts(Map<? extends Enum<?>, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
