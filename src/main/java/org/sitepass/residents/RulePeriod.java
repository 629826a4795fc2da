package org.sitepass.residents;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time through which the rule at a venue holds unchanged: from inclusive, until exclusive. */
public record RulePeriod(Instant from, Instant until, EffectiveRule rule) {

    public RulePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(rule, "rule");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }
}
