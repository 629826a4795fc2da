package org.sitepass.residents.control;

import java.time.Instant;
import java.util.List;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.entity.RuleVersion;

/**
 * The pass rules of a district (or of the city), optionally of one venue category: what holds at an instant, the
 * versions it is combined from, and every version filed there, newest first.
 */
public record RulesOverview(String districtCode, String categoryCode, Instant at, EffectiveRule inForce,
                            List<RuleVersion> applying, List<RuleVersion> history) {
}
