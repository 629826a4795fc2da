package org.sitepass.residents.entity;

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
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;

/**
 * A notice another module (tracing) placed on a resident's health-code page, such as "you were at an exposed venue,
 * get tested": it stands there, its text corrected as often as needed, until it is withdrawn; a withdrawn notice
 * stays as the record of what the person was told.
 */
@Entity
@Table(name = "residents_notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private long residentId;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    @Enumerated(EnumType.STRING)
    private NoticeStatus status;
    @Column(name = "text_sealed")
    private String textSealed;
    @Column(name = "placed_for")
    private String placedFor;
    @Column(name = "placed_by")
    private String placedBy;
    @Column(name = "placed_at")
    private Instant placedAt;
    @Column(name = "corrected_by")
    private String correctedBy;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Version
    private long version;

    protected Notice() {
    }

    /**
     * @param textSealed what the person reads, sealed
     * @param placedFor what the notice serves, e.g. an exposure's reference, so that it can be corrected or withdrawn
     */
    public static Notice place(long residentId, NoticeKind kind, String textSealed, String placedFor, String placedBy,
                               Instant now) {
        Notice notice = new Notice();
        notice.residentId = residentId;
        notice.kind = kind;
        notice.status = NoticeStatus.ACTIVE;
        notice.textSealed = textSealed;
        notice.placedFor = placedFor;
        notice.placedBy = placedBy;
        notice.placedAt = now;
        return notice;
    }

    /** The notice leaves the page on its own at {@code end}, unless withdrawn before; none stands until withdrawn. */
    public Notice endingAt(Instant end) {
        endsAt = end;
        return this;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** A new text for the notice; a withdrawn notice is no longer shown, so it is not corrected either. */
    public void correct(String newTextSealed, String by, Instant now) {
        refuseUnlessActive();
        textSealed = newTextSealed;
        correctedBy = by;
        correctedAt = now;
    }

    public void withdraw(String by, Instant now) {
        refuseUnlessActive();
        status = NoticeStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = now;
    }

    private void refuseUnlessActive() {
        RequestRefused.unless(status == NoticeStatus.ACTIVE,
                () -> ResidentsTexts.conflict("notice", "residents.notice.refused.withdrawn"));
    }

    public long id() {
        return id;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String textSealed() {
        return textSealed;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** When the text the person reads was last set: its correction, or its placing. */
    public Instant writtenAt() {
        return correctedAt == null ? placedAt : correctedAt;
    }
}
