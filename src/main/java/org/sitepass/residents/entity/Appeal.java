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
import java.util.Objects;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;

/**
 * A resident's appeal against one of their health records, with a reason; an officer of the resident's district
 * upholds or dismisses it with a decision the resident reads. Upholding records the correction it made. The reason
 * and the decision are sealed before they reach the entity.
 */
@Entity
@Table(name = "residents_appeal")
public class Appeal {

    /** The source of the colour changes that upheld appeals record, so that the history tells them apart. */
    public static final String CORRECTION_SOURCE = "sitepass-appeal";
    /** The reason code of such a colour change; its readable reason is the officer's decision. */
    public static final String CORRECTION_REASON_CODE = "APPEAL_UPHELD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private long residentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private AppealSubject subject;
    @Column(name = "record_id")
    private long recordId;
    @Column(name = "reason_sealed")
    private String reasonSealed;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_sealed")
    private String decisionSealed;
    private String correction;
    @Version
    private long version;

    protected Appeal() {
    }

    public static Appeal file(long residentId, AppealSubject subject, long recordId, String reasonSealed,
                              String account, Instant now) {
        Appeal appeal = new Appeal();
        appeal.residentId = residentId;
        appeal.subject = Objects.requireNonNull(subject, "subject");
        appeal.recordId = recordId;
        appeal.reasonSealed = Objects.requireNonNull(reasonSealed, "reasonSealed");
        appeal.filedBy = account;
        appeal.filedAt = now;
        appeal.status = AppealStatus.OPEN;
        return appeal;
    }

    /**
     * Upholds the appeal.
     *
     * @param correction what was corrected, e.g. {@code colour_change:42} for the new green colour change
     */
    public void uphold(String officer, String decisionSealed, String correction, Instant now) {
        decide(AppealStatus.UPHELD, officer, decisionSealed, now);
        this.correction = Objects.requireNonNull(correction, "correction");
    }

    public void dismiss(String officer, String decisionSealed, Instant now) {
        decide(AppealStatus.DISMISSED, officer, decisionSealed, now);
    }

    private void decide(AppealStatus outcome, String officer, String decision, Instant now) {
        RequestRefused.unless(isOpen(), () -> ResidentsTexts.conflict("appeal", "residents.appeal.refused.decided"));
        status = outcome;
        decidedBy = officer;
        decisionSealed = Objects.requireNonNull(decision, "decision");
        decidedAt = now;
    }

    public boolean isOpen() {
        return status == AppealStatus.OPEN;
    }

    public long id() {
        return id;
    }

    public long residentId() {
        return residentId;
    }

    public AppealSubject subject() {
        return subject;
    }

    public long recordId() {
        return recordId;
    }

    public String reasonSealed() {
        return reasonSealed;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public AppealStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionSealed() {
        return decisionSealed;
    }

    public String correction() {
        return correction;
    }
}
