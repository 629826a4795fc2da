package org.sitepass.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import org.sitepass.residents.control.PassRuleBook;
import org.sitepass.residents.control.RuleSheets;

/**
 * The pass rules as the door check uses them: the rule in force at a venue, and the verdict under it. Served from
 * memory, with no database read per person.
 */
@ApplicationScoped
public class PassRulesInForce {

    @Inject
    PassRuleBook book;

    @Inject
    RuleSheets sheets;

    /** The stricter of each condition of the city's, the district's and the venue category's rules at the time. */
    public EffectiveRule at(VenueContext venue, Instant at) {
        return book.inForce(venue, at);
    }

    /** The verdict for a person at a venue; the temperature may be none where nobody measures it. */
    public PassVerdict decide(HealthFacts facts, VenueContext venue, CredentialType shown, BigDecimal temperature,
                              Instant now) {
        return Verdicts.decide(facts, at(venue, now), shown, temperature, now);
    }

    /** The rules at a venue from now on, signed, for a door to decide by while it cannot reach the platform. */
    public RuleSheet sheet(VenueContext venue, Instant now) {
        return sheets.sheet(venue, now);
    }
}
