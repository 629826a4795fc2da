package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.Colour;

class RuleProposalTest {

    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    static RuleProposal proposal(String district, String category, String from, String max, List<String> colours,
                                 Integer hours, Integer doses) {
        return new RuleProposal(district, category, from, max == null ? null : new BigDecimal(max), colours, hours,
                false, doses, true, false, "因疫情形势调整");
    }

    static List<String> fields(RuleProposal proposal) {
        return proposal.problems(NOW).stream().map(InvalidInput.FieldProblem::field).toList();
    }

    @Test
    void aSoundProposalBecomesARuleOfItsScope() {
        RuleProposal district = proposal("310109", "MEDICAL", "2026-12-04T16:00:00Z", "37.3", List.of("GREEN"), 48, 0);
        assertEquals(List.of(), fields(district));
        PassRule rule = PassRule.set(district, "officer1", NOW);
        assertEquals(RuleScope.DISTRICT, rule.getScope());
        assertEquals(48, rule.terms().natWithinHours());
        assertEquals(java.util.Set.of(Colour.GREEN), rule.terms().acceptedColours());
        assertEquals(RuleScope.CITY, proposal("310000", null, "2026-12-04T02:00:00Z", "37", List.of("GREEN",
                "YELLOW"), null, 0).scope());
        assertEquals(new BigDecimal("37.0"), proposal("310000", null, "2026-12-04T02:00:00Z", "37",
                List.of("GREEN"), null, 0).terms().maxTemperature());
    }

    @Test
    void everyMistakeIsToldAtOnceAndNothingIsMade() {
        RuleProposal bad = proposal("3101", "medical", "2026-12-04 16:00", "42.1", List.of("RED"), 24, 6);
        assertEquals(List.of("districtCode", "categoryCode", "effectiveFrom", "maxTemperature", "acceptedColours",
                "natWithinHours", "minimumDoses"), fields(bad));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PassRule.set(bad, "officer1", NOW));
        assertEquals(7, refused.problems().size());
    }

    @Test
    void temperaturesBetween35And42WithOneDecimal() {
        for (String ok : List.of("35.0", "37.3", "42.0", "37")) {
            assertEquals(List.of(), fields(proposal("310109", null, "2026-12-05T00:00:00Z", ok, List.of("GREEN"),
                    null, 0)), ok);
        }
        for (String wrong : List.of("34.9", "42.1", "37.25")) {
            assertEquals(List.of("maxTemperature"), fields(proposal("310109", null, "2026-12-05T00:00:00Z", wrong,
                    List.of("GREEN"), null, 0)), wrong);
        }
    }

    @Test
    void aRuleStartsNoMoreThanAMinuteAgo() {
        assertEquals(List.of(), fields(proposal("310109", null, "2026-12-04T01:59:00Z", "37.3", List.of("GREEN"),
                72, 0)));
        assertEquals(List.of("effectiveFrom"), fields(proposal("310109", null, "2026-12-04T01:58:59Z", "37.3",
                List.of("GREEN"), 72, 0)));
    }

    @Test
    void greenIsAlwaysLetInAndRedNever() {
        List<List<String>> wrongs = List.of(List.of(), List.of("YELLOW"), List.of("GREEN", "RED"), List.of("BLUE"));
        for (List<String> wrong : wrongs) {
            assertEquals(List.of("acceptedColours"), fields(proposal("310109", null, "2026-12-05T00:00:00Z", "37.3",
                    wrong, 72, 0)), wrong.toString());
        }
    }

    @Test
    void theCityRuleHasNoCategoryAndYesOrNoMustBeChosen() {
        RuleProposal city = proposal("310000", "MALL", "2026-12-05T00:00:00Z", "37.3", List.of("GREEN"), 72, 0);
        assertEquals(List.of("categoryCode"), fields(city));
        RuleProposal unchosen = new RuleProposal("310109", null, "2026-12-05T00:00:00Z", new BigDecimal("37.3"),
                List.of("GREEN"), null, null, 0, null, null, " ");
        assertEquals(List.of("antigenCounts", "relativeCodesAccepted", "otherRegionCodesAccepted", "note"),
                fields(unchosen));
    }
}
