package org.sitepass.residents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pass rules at a door from now on, signed, so that a sentry that loses its network decides by the rules in
 * force and not by what it last remembered.
 *
 * @param signed     {@code PR1.<base64url JSON>.<key id>.<signature>}: the JSON holds the venue's district and
 *                   category, the issue time, the end of validity and the periods; the Ed25519 signature, by the
 *                   same keys as the health codes a sentry already verifies, covers everything before its last dot
 * @param venue      the district and category the rules are for
 * @param issuedAt   when the sheet was made
 * @param validUntil after this a device must fetch a new sheet; until then the periods say which rule holds when
 * @param periods    the rules in force, one period after the other, from the issue time to the end of validity
 */
public record RuleSheet(String signed, VenueContext venue, Instant issuedAt, Instant validUntil,
                        List<RulePeriod> periods) {

    public RuleSheet {
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(venue, "venue");
        periods = List.copyOf(periods);
    }
}
