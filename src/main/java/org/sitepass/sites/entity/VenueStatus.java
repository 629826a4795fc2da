package org.sitepass.sites.entity;

/** The one status a person sees for a venue, combining the application and the code. */
public enum VenueStatus {
    DRAFT, SUBMITTED, REJECTED, ACTIVE, CHANGE_UNDER_REVIEW, CHANGE_REJECTED, SUSPENDED, REVOKED;

    static VenueStatus of(ReviewStatus review, CodeStatus code) {
        if (code == null) {
            return switch (review) {
                case DRAFT -> DRAFT;
                case SUBMITTED -> SUBMITTED;
                case REJECTED -> REJECTED;
                case APPROVED -> throw new IllegalStateException("approved without a code");
            };
        }
        if (code == CodeStatus.ACTIVE) {
            return switch (review) {
                case SUBMITTED -> CHANGE_UNDER_REVIEW;
                case REJECTED -> CHANGE_REJECTED;
                default -> ACTIVE;
            };
        }
        return code == CodeStatus.SUSPENDED ? SUSPENDED : REVOKED;
    }
}
