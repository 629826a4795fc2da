package org.sitepass.residents.entity;

import java.time.Instant;
import java.util.Comparator;
import org.sitepass.residents.EffectiveRule;

/** A saved pass rule as it is read, cached and shown: what it binds, from when, its conditions and who set it. */
public record RuleVersion(long id, RuleScope scope, String districtCode, String categoryCode, Instant effectiveFrom,
                          EffectiveRule terms, String note, String setBy, Instant setAt) {

    /**
     * Newest first: by effective time, then, for two versions taking effect at the same time, the one set later
     * (a correction of a rule not yet in force).
     */
    public static final Comparator<RuleVersion> NEWEST_FIRST = Comparator.comparing(RuleVersion::effectiveFrom)
            .thenComparing(RuleVersion::setAt).thenComparingLong(RuleVersion::id).reversed();

    public static RuleVersion of(PassRule rule) {
        return new RuleVersion(rule.getId(), rule.getScope(), rule.getDistrictCode(), rule.getCategoryCode(),
                rule.getEffectiveFrom(), rule.terms(), rule.getNote(), rule.getSetBy(), rule.getSetAt());
    }

    public boolean inForceAt(Instant at) {
        return !effectiveFrom.isAfter(at);
    }
}
