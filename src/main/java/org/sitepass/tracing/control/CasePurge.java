package org.sitepass.tracing.control;

import java.time.Duration;
import java.util.List;

/**
 * What the retention removed of closed cases: per case, and added up for a run's report.
 *
 * @param holdsLifted holds still open on contacts of a case closed without releasing them, lifted as it goes
 */
public record CasePurge(int cases, int contacts, int steps, int exports, int holdsLifted) {

    public static final CasePurge NONE = new CasePurge(0, 0, 0, 0, 0);

    public CasePurge plus(CasePurge other) {
        return new CasePurge(cases + other.cases, contacts + other.contacts, steps + other.steps,
                exports + other.exports, holdsLifted + other.holdsLifted);
    }

    public static CasePurge total(List<CasePurge> purges) {
        return purges.stream().reduce(NONE, CasePurge::plus);
    }

    /** The report's words, in the audit trail's purpose: counts and the rule that removed them. */
    public String summary(Duration retention) {
        return cases + " cases, " + contacts + " contacts, " + steps + " contact steps, " + exports
                + " export requests, " + holdsLifted + " holds lifted; closed more than " + retention.toDays()
                + " days ago";
    }
}
