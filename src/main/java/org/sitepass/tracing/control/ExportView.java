package org.sitepass.tracing.control;

import java.time.Instant;
import org.sitepass.tracing.entity.ContactExport;
import org.sitepass.tracing.entity.ExportFormat;
import org.sitepass.tracing.entity.ExportStatus;

/**
 * An export request as tracers see it.
 *
 * @param expired whether an approval has lapsed without a download
 */
public record ExportView(long id, long caseId, ExportFormat format, String reason, ExportStatus status,
                         String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt,
                         Instant downloadedAt, boolean expired) {

    static ExportView of(ContactExport export, boolean expired) {
        return new ExportView(export.getId(), export.getCaseId(), export.getFormat(), export.getReason(),
                export.getStatus(), export.getRequestedBy(), export.getRequestedAt(), export.getApprovedBy(),
                export.getApprovedAt(), export.getDownloadedAt(), expired);
    }
}
