package org.sitepass.residents.control;

import java.io.Serializable;
import java.time.Instant;
import org.sitepass.residents.entity.NoticeKind;

/**
 * A notice as the person's health-code page shows it: what kind, the text in the placer's words, and when that text
 * was written (placed or last corrected).
 */
public record NoticeEntry(NoticeKind kind, String text, Instant writtenAt) implements Serializable {
}
