package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.control.QueryCounter;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

/** What one door check costs in queries, and that the verdict and the screen agree with their separate answers. */
class ResidentsCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final ResidentRef REF = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final VenueContext VENUE = new VenueContext("310101", "MALL");
    private static final EffectiveRule RULE = new EffectiveRule(new BigDecimal("37.3"), Set.of(Colour.GREEN), 48,
            false, 2, false, false);

    private final QueryCounter counter = new QueryCounter(QueryCounter.stored(Resident.register(REF,
            DocumentType.RESIDENT_ID_CARD, new SealedIdentity("n", "ni", "name", null, null),
            new Resident.Particulars("310101", null, Sex.MALE, false), new SourceVersion("hc", "1", NOW), NOW), 7),
            List.<Object[]>of(new Object[] {"C", "GREEN", "2026-12-01 00:00:00.000000", null, 0},
                    new Object[] {"N", null, "2026-12-03 08:00:00.000000", "NEGATIVE", 0},
                    new Object[] {"V", null, null, null, 1L}));
    private final Residents residents = new Residents();

    ResidentsCheckTest() {
        residents.registry = counter.registry("张*三");
        residents.healthRecords = counter.healthRecords();
        residents.rules = new PassRulesInForce() {
            @Override
            public EffectiveRule at(VenueContext venue, Instant at) {
                return RULE;
            }
        };
    }

    @Test
    void oneCheckReadsThePersonAndTheirFactsOnceEach() {
        Admission admission = residents.check(REF, VENUE, CredentialType.HEALTH_CODE, new BigDecimal("36.5"), NOW);

        assertEquals(2, counter.executed().size(), String.join("\n", counter.executed()));
        assertEquals(PassVerdict.stop(PassReason.VACCINATION_MISSING), admission.verdict());
        assertEquals(Optional.of(new ResidentDisplay("张*三", Colour.GREEN, Instant.parse("2026-12-03T08:00:00Z"),
                TestResult.NEGATIVE, 1)), admission.screen());
    }

    @Test
    void theCheckAnswersWhatDecideAndDisplayAnswerApartInTwiceTheQueries() {
        PassVerdict verdict = residents.decide(REF, VENUE, CredentialType.HEALTH_CODE, null, NOW);
        Optional<ResidentDisplay> screen = residents.display(REF, NOW);

        assertEquals(4, counter.executed().size(), String.join("\n", counter.executed()));
        assertEquals(new Admission(verdict, screen),
                residents.check(REF, VENUE, CredentialType.HEALTH_CODE, null, NOW));
    }

    /** As at a sentry: the code resolved to the person, then the check, in one transaction. */
    @Test
    void aCheckAfterTheCodeResolvedReadsThePersonNoMoreInTheSameTransaction() {
        counter.beginTransaction();
        residents.registry.byReference(REF);
        residents.check(REF, VENUE, CredentialType.HEALTH_CODE, null, NOW);

        assertEquals(2, counter.executed().size(), String.join("\n", counter.executed()));
        assertTrue(counter.executed().get(0).contains("FROM Resident"));
    }

    @Test
    void withoutATransactionEachLookUpReadsThePerson() {
        residents.registry.byReference(REF);
        residents.registry.byReference(REF);

        assertEquals(2, counter.executed().size());
    }

    @Test
    void anUnknownPersonIsStoppedWithNothingOnTheScreen() {
        residents.registry = new QueryCounter(null, List.of()).registry("-");

        assertEquals(new Admission(PassVerdict.stop(PassReason.UNKNOWN_PERSON), Optional.empty()),
                residents.check(REF, VENUE, CredentialType.HEALTH_CODE, null, NOW));
        assertTrue(counter.executed().isEmpty());
    }
}
