package org.sitepass.tracing.control;

import java.io.Serializable;
import java.time.Instant;
import org.sitepass.residents.CredentialType;
import org.sitepass.tracing.entity.PassSource;

/**
 * One visit of a case as the tracer sees it.
 *
 * @param visit          the visit's name in paths, {@code <day>.<id>}
 * @param passedAt       when the person was at the door, the device's clock corrected by its drift where a device
 *                       decided
 * @param source         how the pass was recorded: a sentry, door staff or the person's own poster scan
 * @param credentialType what the person showed, when known
 */
public record CaseVisitView(String visit, long venueId, String venueName, String entrance, Instant passedAt,
                            PassSource source, CredentialType credentialType) implements Serializable {

    static CaseVisitView of(PassRow row, String venueName) {
        return new CaseVisitView(row.visit().toString(), row.venueId(), venueName, row.entrance(), row.passedAt(),
                PassSource.valueOf(row.source()),
                row.credentialType() == null ? null : CredentialType.valueOf(row.credentialType()));
    }
}
