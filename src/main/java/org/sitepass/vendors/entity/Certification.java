package org.sitepass.vendors.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Submission;
import org.sitepass.vendors.VendorsTexts;

/**
 * The certification a vendor or a device model goes through: submitted with its documents, certified by an officer
 * with a certificate number for a period, or rejected with a reason; a certificate can be suspended, reinstated
 * and revoked. A certificate past its date is expired without anyone acting.
 */
@Embeddable
public class Certification {

    @Enumerated(EnumType.STRING)
    private CertificationStatus status = CertificationStatus.DRAFT;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Embedded
    private Submission submission;
    /** When the daily sweep announced that the certificate had passed its date; set once, by one instance. */
    @Column(name = "expired_at")
    private Instant expiredAt;

    /** The one state machine: the transitions below refuse what this does not allow, and pages offer what it does. */
    public Set<CertificationAction> allowedActions() {
        return switch (status) {
            case DRAFT, REJECTED -> EnumSet.of(CertificationAction.SUBMIT);
            case SUBMITTED -> EnumSet.of(CertificationAction.CERTIFY, CertificationAction.REJECT);
            case CERTIFIED -> EnumSet.of(CertificationAction.SUSPEND, CertificationAction.REVOKE);
            case SUSPENDED -> EnumSet.of(CertificationAction.REINSTATE, CertificationAction.REVOKE);
            case REVOKED -> EnumSet.noneOf(CertificationAction.class);
        };
    }

    public void submit(Instant now) {
        refuseUnless(CertificationAction.SUBMIT);
        status = CertificationStatus.SUBMITTED;
        submission = Submission.of(submission).submitted(now);
    }

    public void certify(String officer, String number, LocalDate until, LocalDate today, Instant now) {
        refuseUnless(CertificationAction.CERTIFY);
        if (!until.isAfter(today)) {
            throw VendorsTexts.conflict("certification.refused.validUntil");
        }
        status = CertificationStatus.CERTIFIED;
        certificateNumber = number;
        validUntil = until;
        decisionReason = null;
        decide(officer, now);
    }

    public void reject(String officer, String reason, Instant now) {
        refuseUnless(CertificationAction.REJECT);
        status = CertificationStatus.REJECTED;
        decisionReason = reason;
        decide(officer, now);
    }

    public void suspend(String officer, String reason, Instant now) {
        refuseUnless(CertificationAction.SUSPEND);
        status = CertificationStatus.SUSPENDED;
        decisionReason = reason;
        decide(officer, now);
    }

    public void reinstate(String officer, String reason, Instant now) {
        refuseUnless(CertificationAction.REINSTATE);
        status = CertificationStatus.CERTIFIED;
        decisionReason = reason;
        decide(officer, now);
    }

    public void revoke(String officer, String reason, Instant now) {
        refuseUnless(CertificationAction.REVOKE);
        status = CertificationStatus.REVOKED;
        decisionReason = reason;
        decide(officer, now);
    }

    /** Whether details may still change: before submission, or to correct after a rejection. */
    public boolean isEditable() {
        return status == CertificationStatus.DRAFT || status == CertificationStatus.REJECTED;
    }

    /** Certified and within its period: what lets a vendor register devices, and a device connect. */
    public boolean isInForce(LocalDate today) {
        return status == CertificationStatus.CERTIFIED && validUntil != null && !today.isAfter(validUntil);
    }

    /** The status as people read it: a certificate past its date is expired. */
    public CertificationStanding standing(LocalDate today) {
        return status == CertificationStatus.CERTIFIED && !isInForce(today) ? CertificationStanding.EXPIRED
                : CertificationStanding.valueOf(status.name());
    }

    public void refuseIfNotEditable() {
        refuseUnless(isEditable());
    }

    private void decide(String officer, Instant now) {
        submission = Submission.of(submission).decided(officer, now);
    }

    private void refuseUnless(CertificationAction action) {
        refuseUnless(allowedActions().contains(action));
    }

    private void refuseUnless(boolean allowed) {
        RequestRefused.unless(allowed, () -> VendorsTexts.conflict("certification.refused." + status.name()));
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getSubmittedAt() {
        return Submission.of(submission).getSubmittedAt();
    }
}
