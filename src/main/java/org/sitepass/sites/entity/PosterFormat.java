package org.sitepass.sites.entity;

/** What a printed poster's QR holds. */
public enum PosterFormat {
    /** The bare signed payload: sentries and scanners read it, a phone's camera app does not open it. */
    PAYLOAD,
    /** The payload inside a link to the check-in page, which any phone's camera opens. */
    LINK
}
