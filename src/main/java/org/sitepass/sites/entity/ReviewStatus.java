package org.sitepass.sites.entity;

/** Where a venue's application (first or amended) stands with the district's reviewers. */
public enum ReviewStatus {
    DRAFT, SUBMITTED, REJECTED, APPROVED
}
