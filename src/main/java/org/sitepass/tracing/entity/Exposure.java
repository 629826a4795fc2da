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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;

/**
 * A venue marked as exposed for a window of time: the people recorded there then are told, through the residents
 * module, to get tested, with a text that may be corrected; withdrawing the exposure takes its notices off their
 * pages. A withdrawn exposure is kept as the record of what was said.
 */
@Entity
@Table(name = "tracing_exposure")
public class Exposure {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "venue_id")
    private long venueId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "case_reference")
    private String caseReference;
    private String note;
    @Column(name = "notice_text")
    private String noticeText;
    @Enumerated(EnumType.STRING)
    private ExposureStatus status;
    private int people;
    private int notified;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "corrected_by")
    private String correctedBy;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "scanned_to")
    private Instant scannedTo;
    @Column(name = "revised_to")
    private Long revisedTo;
    @Version
    private long version;

    protected Exposure() {
    }

    /**
     * @param caseReference the case the exposure comes from, if a tracer names one
     * @param noticeText what the people who were there read, naming nobody
     */
    public static Exposure mark(long venueId, ExposureWindow window, String caseReference, String note,
                                String noticeText, String by, Instant now) {
        Exposure exposure = new Exposure();
        exposure.venueId = venueId;
        exposure.startsAt = window.from();
        exposure.endsAt = window.to();
        exposure.caseReference = caseReference;
        exposure.note = note;
        exposure.noticeText = noticeText;
        exposure.status = ExposureStatus.ACTIVE;
        exposure.createdBy = by;
        exposure.createdAt = now;
        exposure.scannedTo = window.earliestRecorded();
        return exposure;
    }

    /** How many people the pass records put at the venue in the window, counted as each search finds more. */
    public void found(int more) {
        people += more;
    }

    /** Receive times up to {@code to} have been searched for the exposure's people; never goes back. */
    public void scanned(Instant to) {
        if (to.isAfter(scannedTo)) {
            scannedTo = to;
        }
    }

    public Instant scannedTo() {
        return scannedTo;
    }

    /** Counts people told; a withdrawn exposure tells nobody more. */
    public void told(int count) {
        refuseUnlessActive();
        notified += count;
    }

    public void correct(String newText, String by, Instant now) {
        refuseUnlessActive();
        noticeText = newText;
        correctedBy = by;
        correctedAt = now;
        revisedTo = 0L;
    }

    public void withdraw(String by, Instant now) {
        refuseUnlessActive();
        status = ExposureStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = now;
        revisedTo = 0L;
    }

    /** The notices up to {@code lastNotice} say what the exposure says now; 0 when none is left to revise. */
    public void revisedTo(long lastNotice) {
        revisedTo = lastNotice == 0 ? null : lastNotice;
    }

    /** The last notice brought up to date since the latest change, 0 when none yet; empty when nothing waits. */
    public OptionalLong revisedTo() {
        return revisedTo == null ? OptionalLong.empty() : OptionalLong.of(revisedTo);
    }

    private void refuseUnlessActive() {
        RequestRefused.unless(status == ExposureStatus.ACTIVE,
                () -> TracingTexts.conflict("exposure", "tracing.exposure.refused.withdrawn"));
    }

    /** What the notices are placed for and the audit trail names: {@code EX-20261204-17}. */
    public String reference() {
        return "EX-" + DAY.format(LocalDate.ofInstant(createdAt, CityTime.ZONE)) + "-" + id;
    }

    public boolean isActive() {
        return status == ExposureStatus.ACTIVE;
    }

    public long id() {
        return id;
    }

    public long venueId() {
        return venueId;
    }

    public ExposureWindow window() {
        return new ExposureWindow(startsAt, endsAt);
    }

    public String caseReference() {
        return caseReference;
    }

    public String note() {
        return note;
    }

    public String noticeText() {
        return noticeText;
    }

    public ExposureStatus status() {
        return status;
    }

    public int people() {
        return people;
    }

    public int notified() {
        return notified;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
