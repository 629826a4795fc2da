package org.sitepass.inspections.entity;

/** What an inspector checks at every venue. */
public enum ChecklistItem {
    POSTER_DISPLAYED, POSTER_MATCHES, SENTRIES_WORKING, STAFF_CHECK_EVERYONE, ALTERNATIVE_OFFERED, RECORDS_KEPT
}
