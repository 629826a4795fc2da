package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;

/**
 * A tracer's request to export a case's contacts with their identities in clear. Four eyes: a second tracer approves
 * it, never the one who asked; then only the one who asked downloads it, once, and only within a short time of the
 * approval, so that an approved export does not wait around for anyone to take it later.
 */
@Entity
@Table(name = "tracing_contact_export")
public class ContactExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private ExportFormat format;
    private String reason;
    @Enumerated(EnumType.STRING)
    private ExportStatus status;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "downloaded_at")
    private Instant downloadedAt;
    @Version
    private long version;

    protected ContactExport() {
    }

    /** @param reason what the export is for (which isolation team), read by the approver */
    public static ContactExport request(long caseId, ExportFormat format, String reason, String by, Instant now) {
        ContactExport export = new ContactExport();
        export.caseId = caseId;
        export.format = Objects.requireNonNull(format, "format");
        export.reason = Objects.requireNonNull(reason, "reason");
        export.status = ExportStatus.REQUESTED;
        export.requestedBy = Objects.requireNonNull(by, "by");
        export.requestedAt = now;
        return export;
    }

    public void approve(String by, Instant now) {
        refuseUnless(status == ExportStatus.REQUESTED, "tracing.export.refused.notRequested");
        refuseUnless(!requestedBy.equals(by), "tracing.export.refused.ownRequest");
        status = ExportStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
    }

    /**
     * Takes the approved export for its file: only the tracer who asked, once, within {@code validity} of the
     * approval.
     */
    public void download(String by, Instant now, Duration validity) {
        refuseUnless(requestedBy.equals(by), "tracing.export.refused.notRequester");
        refuseUnless(status != ExportStatus.DOWNLOADED, "tracing.export.refused.downloaded");
        refuseUnless(status == ExportStatus.APPROVED, "tracing.export.refused.notApproved");
        refuseUnless(!isExpired(now, validity), "tracing.export.refused.expired");
        status = ExportStatus.DOWNLOADED;
        downloadedAt = now;
    }

    /** Whether an approved export has waited too long to be downloaded. */
    public boolean isExpired(Instant now, Duration validity) {
        return status == ExportStatus.APPROVED && !now.isBefore(approvedAt.plus(validity));
    }

    private static void refuseUnless(boolean allowed, String key) {
        RequestRefused.unless(allowed, () -> TracingTexts.conflict("export", key));
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public String getReason() {
        return reason;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }
}
