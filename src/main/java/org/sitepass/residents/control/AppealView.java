package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.entity.AppealStatus;
import org.sitepass.residents.entity.AppealSubject;

/**
 * An appeal as its resident or the deciding officer reads it. The contested record is described by what it said
 * (the colour and its reason code, or the test's result), the person by a masked name for officers.
 *
 * @param person the resident's masked name; none in the resident's own list
 * @param contested what the contested record says, e.g. {@code RED · CLOSE_CONTACT} or {@code POSITIVE}
 * @param contestedAt when the record took effect (the colour) or was sampled (the test)
 * @param correction what an upheld appeal corrected: {@code colour_change:<id>} or {@code nat_test_void:<id>}
 */
public record AppealView(long id, AppealSubject subject, long recordId, String person, String contested,
                         Instant contestedAt, String reason, Instant filedAt, AppealStatus status, String decidedBy,
                         Instant decidedAt, String decision, String correction) {
}
