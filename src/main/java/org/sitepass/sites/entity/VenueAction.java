package org.sitepass.sites.entity;

/** What can be done to a venue and its code; which of them its state allows is the venue's to say. */
public enum VenueAction {
    EDIT, SUBMIT, APPROVE, REJECT, SUSPEND, REINSTATE, REVOKE
}
