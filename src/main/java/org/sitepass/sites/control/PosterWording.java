package org.sitepass.sites.control;

/** The fixed wording of the poster, bilingual; the caller builds it from message bundles. */
public record PosterWording(String titleZh, String titleEn, String instructionZh, String instructionEn,
                            String codeLabelZh, String codeLabelEn, String footerZh, String footerEn) {
}
