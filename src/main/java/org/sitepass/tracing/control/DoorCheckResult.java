package org.sitepass.tracing.control;

import java.time.Instant;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentDisplay;

/**
 * What a door check decided and recorded.
 *
 * @param credential what was shown, when it could be read
 * @param person     what the screen shows of the person, when the credential named someone
 */
public record DoorCheckResult(long venueId, Instant checkedAt, CredentialType credential, PassVerdict verdict,
                              ResidentDisplay person) {
}
