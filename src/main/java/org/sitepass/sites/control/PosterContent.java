package org.sitepass.sites.control;

/** What a poster shows; all texts already in their final language(s). */
public record PosterContent(String venueName, String codeNumber, String districtName, String payload) {
}
