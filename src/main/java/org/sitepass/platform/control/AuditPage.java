package org.sitepass.platform.control;

import java.util.List;
import org.sitepass.platform.entity.AuditEntry;

/** One page of audit entries, newest first, and how many match in all. */
public record AuditPage(List<AuditEntry> entries, long total) {
}
