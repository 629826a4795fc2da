package org.sitepass.residents.control;

import java.io.Serializable;
import java.time.Instant;
import org.sitepass.residents.entity.RelativeGrounds;
import org.sitepass.residents.entity.RelativeStatus;

/**
 * A relative as their holder sees them in the list: masked, with where the link stands.
 *
 * @param refusal the officer's reason, for a refused link
 */
public record RelativeEntry(long id, String maskedName, RelativeGrounds grounds, RelativeStatus status,
                           Instant appliedAt, Instant guardianDeclaredAt, Instant decidedAt, String refusal)
        implements Serializable {
}
