package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.entity.AppealSubject;

/** An open appeal in the district's queue: no personal data until the officer opens it, which is audited. */
public record AppealQueueEntry(long id, AppealSubject subject, Instant filedAt) {
}
