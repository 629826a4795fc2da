package org.sitepass.residents;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer to "may this person enter?": PASS with no reason, or STOP with every failing condition, most severe
 * first ({@link PassReason}'s order).
 */
public record PassVerdict(PassOutcome outcome, List<PassReason> reasons) {

    /** One shared instance: the answer most people get, made without allocating. */
    public static final PassVerdict PASS = new PassVerdict(PassOutcome.PASS, List.of());

    public PassVerdict {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (outcome == PassOutcome.PASS != reasons.isEmpty()) {
            throw new IllegalArgumentException("a pass has no reason and a stop has at least one");
        }
    }

    /** A stop for a credential that cannot be used (forged, expired, void, unknown, not admitted here). */
    public static PassVerdict stop(PassReason reason) {
        return new PassVerdict(PassOutcome.STOP, List.of(reason));
    }

    /** A stop for the given reasons, listed in order of severity whatever order they were found in. */
    public static PassVerdict stop(Set<PassReason> reasons) {
        return new PassVerdict(PassOutcome.STOP, List.copyOf(EnumSet.copyOf(reasons)));
    }

    public boolean passes() {
        return outcome == PassOutcome.PASS;
    }
}
