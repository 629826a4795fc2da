package org.sitepass.sites.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Submission;
import org.sitepass.sites.SitesTexts;

/**
 * A venue with its site-code application and, once approved, its code. An issued code stays valid while a change
 * of name, address or category is reviewed: the change waits in the proposed fields until a reviewer decides.
 */
@Entity
@Table(name = "sites_venue")
public class Venue {

    static final int NAME_KEY_LENGTH = 100;
    static final int ADDRESS_KEY_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String manager;
    @Embedded
    private VenueDetails details;
    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "address_key")
    private String addressKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    private ReviewStatus reviewStatus;
    @Column(name = "proposed_name")
    private String proposedName;
    @Column(name = "proposed_category_code")
    private String proposedCategoryCode;
    @Column(name = "proposed_address")
    private String proposedAddress;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Embedded
    private Submission submission;
    @Column(name = "code_number")
    private String codeNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "code_status")
    private CodeStatus codeStatus;
    @Column(name = "code_status_reason")
    private String codeStatusReason;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "poster_format")
    private PosterFormat posterFormat;
    @Column(name = "batch_id")
    private Long batchId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Venue() {
    }

    public static Venue draft(String manager, VenueDetails details, Instant now) {
        Venue venue = new Venue();
        venue.manager = manager;
        venue.reviewStatus = ReviewStatus.DRAFT;
        venue.createdAt = now;
        venue.replaceDetails(details, now);
        return venue;
    }

    public void fromBatch(long batch) {
        this.batchId = batch;
    }

    /**
     * Applies the applicant's edit. Before a code is issued the edit replaces the application; afterwards a
     * change of reviewed fields is proposed for review and everything else applies at once.
     *
     * @return whether the edit went to review
     */
    public boolean edit(VenueDetails edited, Instant now) {
        refuseIf(codeStatus == CodeStatus.REVOKED, "sites.refused.revoked");
        refuseIf(!allows(VenueAction.EDIT), "sites.refused.underReview");
        if (codeNumber == null) {
            replaceDetails(edited, now);
            return false;
        }
        replaceDetails(details.withUnreviewedFrom(edited), now);
        if (!details.differsForReview(edited)) {
            clearProposal();
            reviewStatus = ReviewStatus.APPROVED;
            return false;
        }
        proposedName = edited.getName();
        proposedCategoryCode = edited.getCategoryCode();
        proposedAddress = edited.getAddress();
        markSubmitted(now);
        return true;
    }

    public void submit(Instant now) {
        refuseIf(codeStatus == CodeStatus.REVOKED, "sites.refused.revoked");
        refuseIf(!allows(VenueAction.SUBMIT), "sites.refused.notSubmittable");
        refuseIf(!forEditing().isComplete(), "sites.refused.incomplete");
        markSubmitted(now);
    }

    /** Issues the code on the first approval; applies the proposed change on later ones. */
    public void approve(String officer, Instant now, Supplier<CodeNumber> nextNumber) {
        refuseIf(!allows(VenueAction.APPROVE), "sites.refused.notUnderReview");
        refuseIf(officer.equals(manager), "sites.refused.ownVenue");
        if (codeNumber == null) {
            codeNumber = nextNumber.get().value();
            codeStatus = CodeStatus.ACTIVE;
            issuedAt = now;
        } else {
            replaceDetails(forEditing(), now);
            clearProposal();
        }
        decide(ReviewStatus.APPROVED, officer, now);
        rejectionReason = null;
    }

    public void reject(String officer, String reason, Instant now) {
        refuseIf(!allows(VenueAction.REJECT), "sites.refused.notUnderReview");
        refuseIf(officer.equals(manager), "sites.refused.ownVenue");
        decide(ReviewStatus.REJECTED, officer, now);
        rejectionReason = reason;
    }

    public void suspend(String reason, Instant now) {
        changeCode(VenueAction.SUSPEND, CodeStatus.SUSPENDED, reason, now);
    }

    public void reinstate(String reason, Instant now) {
        changeCode(VenueAction.REINSTATE, CodeStatus.ACTIVE, reason, now);
    }

    /** Final: a change still waiting for review has nothing left to change, so it is closed too. */
    public void revoke(String reason, Instant now) {
        refuseIf(!allows(VenueAction.REVOKE), "sites.refused.codeState");
        clearProposal();
        reviewStatus = ReviewStatus.APPROVED;
        codeStatus = CodeStatus.REVOKED;
        codeStatusReason = reason;
        updatedAt = now;
    }

    /** The details as the applicant last stated them, with a pending or rejected change in place. */
    public VenueDetails forEditing() {
        if (proposedName == null) {
            return details;
        }
        return details.toBuilder().name(proposedName).categoryCode(proposedCategoryCode).address(proposedAddress)
                .build();
    }

    public VenueStatus status() {
        return VenueStatus.of(reviewStatus, codeStatus);
    }

    /**
     * The one state machine of reviews and codes: the transitions refuse what this does not allow, and pages
     * offer what it does. Who may act (never an officer on their own venue) is checked where the caller is known.
     */
    public Set<VenueAction> allowedActions() {
        Set<VenueAction> allowed = EnumSet.noneOf(VenueAction.class);
        boolean revoked = codeStatus == CodeStatus.REVOKED;
        if (!revoked && reviewStatus != ReviewStatus.SUBMITTED) {
            allowed.add(VenueAction.EDIT);
        }
        if (!revoked && (reviewStatus == ReviewStatus.DRAFT || reviewStatus == ReviewStatus.REJECTED)) {
            allowed.add(VenueAction.SUBMIT);
        }
        if (reviewStatus == ReviewStatus.SUBMITTED) {
            allowed.addAll(EnumSet.of(VenueAction.APPROVE, VenueAction.REJECT));
        }
        if (codeStatus == CodeStatus.ACTIVE) {
            allowed.add(VenueAction.SUSPEND);
        }
        if (codeStatus == CodeStatus.SUSPENDED) {
            allowed.add(VenueAction.REINSTATE);
        }
        if (codeNumber != null && !revoked) {
            allowed.add(VenueAction.REVOKE);
        }
        return allowed;
    }

    public boolean allows(VenueAction action) {
        return allowedActions().contains(action);
    }

    /** Whether the last decision was a rejection, so that its reason is still the applicant's to read. */
    public boolean isRejected() {
        return reviewStatus == ReviewStatus.REJECTED;
    }

    public boolean hasPendingChange() {
        return proposedName != null;
    }

    public boolean isUnderReview() {
        return reviewStatus == ReviewStatus.SUBMITTED;
    }

    private void changeCode(VenueAction action, CodeStatus to, String reason, Instant now) {
        refuseIf(!allows(action), "sites.refused.codeState");
        codeStatus = to;
        codeStatusReason = reason;
        updatedAt = now;
    }

    private void markSubmitted(Instant now) {
        reviewStatus = ReviewStatus.SUBMITTED;
        submission = Submission.of(submission).submitted(now);
        updatedAt = now;
    }

    private void decide(ReviewStatus status, String officer, Instant now) {
        reviewStatus = status;
        submission = Submission.of(submission).decided(officer, now);
        updatedAt = now;
    }

    private void clearProposal() {
        proposedName = null;
        proposedCategoryCode = null;
        proposedAddress = null;
    }

    private void replaceDetails(VenueDetails replacement, Instant now) {
        details = replacement;
        nameKey = VenueDetails.key(replacement.getName(), NAME_KEY_LENGTH);
        addressKey = VenueDetails.key(replacement.getAddress(), ADDRESS_KEY_LENGTH);
        updatedAt = now;
    }

    private static void refuseIf(boolean refused, String key) {
        RequestRefused.unless(!refused, () -> SitesTexts.conflict(key));
    }

    public Long getId() {
        return id;
    }

    public String getManager() {
        return manager;
    }

    public VenueDetails getDetails() {
        return details;
    }

    public ReviewStatus getReviewStatus() {
        return reviewStatus;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getSubmittedAt() {
        return Submission.of(submission).getSubmittedAt();
    }


    public String getCodeNumber() {
        return codeNumber;
    }

    public CodeStatus getCodeStatus() {
        return codeStatus;
    }

    public String getCodeStatusReason() {
        return codeStatusReason;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** Whether the poster last printed for the active code holds what a phone's camera cannot open. */
    public boolean isReprintDue() {
        return codeStatus == CodeStatus.ACTIVE && posterFormat == PosterFormat.PAYLOAD;
    }




}
