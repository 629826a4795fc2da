package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.CityTime;
import org.sitepass.residents.Colour;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.RulePeriod;
import org.sitepass.residents.VenueContext;

class PassRulesTest {

    static final String HONGKOU = "310109";
    static final String PUDONG = "310115";
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant SET = Instant.parse("2019-12-01T00:00:00Z");
    static final EffectiveRule DEFAULT = terms("37.3", Set.of(Colour.GREEN), 72, false, 0, true, false);

    static EffectiveRule terms(String max, Set<Colour> colours, Integer hours, boolean antigen, int doses,
                               boolean relatives, boolean otherRegions) {
        return new EffectiveRule(new BigDecimal(max), colours, hours, antigen, doses, relatives, otherRegions);
    }

    private final List<RuleVersion> versions = new ArrayList<>(List.of(
            version(1, RuleScope.CITY_DISTRICT, null, START, SET, DEFAULT)));

    static RuleVersion version(long id, String district, String category, Instant from, Instant setAt,
                               EffectiveRule terms) {
        return new RuleVersion(id, RuleScope.of(district), district, category, from, terms, "note", "officer", setAt);
    }

    EffectiveRule at(String district, String category, Instant at) {
        return new PassRules(versions).at(new VenueContext(district, category), at);
    }

    @Test
    void theCityDefaultHoldsWhereNoDistrictSetsARule() {
        assertEquals(DEFAULT, at(HONGKOU, "MEDICAL", Instant.parse("2026-12-04T00:00:00Z")));
    }

    @Test
    void aDistrictRuleTightensOnlyItsDistrictAndTheCategoryOnlyItsVenues() {
        Instant from = Instant.parse("2026-06-01T00:00:00Z");
        versions.add(version(2, HONGKOU, null, from, from, terms("37.3", Set.of(Colour.GREEN), 48, false, 0,
                true, false)));
        versions.add(version(3, HONGKOU, "MEDICAL", from, from, terms("37.0", Set.of(Colour.GREEN), 72, false, 2,
                false, false)));
        Instant later = from.plusSeconds(60);
        assertEquals(48, at(HONGKOU, "MALL", later).natWithinHours());
        assertEquals(72, at(PUDONG, "MALL", later).natWithinHours());
        EffectiveRule hospital = at(HONGKOU, "MEDICAL", later);
        assertEquals(48, hospital.natWithinHours(), "the district-wide 48 h is stricter than the category's 72 h");
        assertEquals(new BigDecimal("37.0"), hospital.maxTemperature());
        assertEquals(2, hospital.minimumDoses());
        assertEquals(false, hospital.relativeCodesAccepted());
        assertEquals(DEFAULT, at(HONGKOU, "MEDICAL", from.minusNanos(1000)), "not yet in force");
    }

    @Test
    void aLooserDistrictRuleLoosensNothing() {
        versions.add(version(2, HONGKOU, null, START, SET, terms("38.0", Set.of(Colour.GREEN, Colour.YELLOW), null,
                true, 0, true, true)));
        assertEquals(DEFAULT, at(HONGKOU, null, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void theCityTighteningLaterTightensADistrictThatWasStricter() {
        Instant districtFrom = Instant.parse("2026-03-01T00:00:00Z");
        Instant cityFrom = Instant.parse("2026-04-01T00:00:00Z");
        versions.add(version(2, HONGKOU, null, districtFrom, districtFrom, terms("37.3", Set.of(Colour.GREEN), 48,
                false, 0, true, false)));
        versions.add(version(3, RuleScope.CITY_DISTRICT, null, cityFrom, cityFrom, terms("37.2",
                Set.of(Colour.GREEN), 72, false, 3, true, false)));
        EffectiveRule hongkou = at(HONGKOU, null, cityFrom);
        assertEquals(48, hongkou.natWithinHours());
        assertEquals(new BigDecimal("37.2"), hongkou.maxTemperature());
        assertEquals(3, hongkou.minimumDoses());
        assertEquals(0, at(HONGKOU, null, cityFrom.minusSeconds(1)).minimumDoses());
    }

    @Test
    void aRuleTakesEffectAtMidnightCityTime() {
        Instant midnight = CityTime.startOf(LocalDate.of(2026, 12, 5));
        assertEquals(Instant.parse("2026-12-04T16:00:00Z"), midnight);
        versions.add(version(2, HONGKOU, null, midnight, SET, terms("37.3", Set.of(Colour.GREEN), 48, false, 0,
                true, false)));
        assertEquals(72, at(HONGKOU, null, midnight.minusNanos(1000)).natWithinHours(), "23:59:59.999999");
        assertEquals(48, at(HONGKOU, null, midnight).natWithinHours(), "00:00:00");
    }

    @Test
    void aLaterVersionReplacesTheEarlierAndACorrectionAtTheSameTimeWins() {
        Instant from = Instant.parse("2026-05-01T00:00:00Z");
        versions.add(version(2, HONGKOU, null, from, from.minusSeconds(3600), terms("37.3", Set.of(Colour.GREEN),
                48, false, 0, true, false)));
        versions.add(version(3, HONGKOU, null, from, from.minusSeconds(60), terms("37.3", Set.of(Colour.GREEN),
                72, false, 1, true, false)));
        EffectiveRule rule = at(HONGKOU, null, from);
        assertEquals(72, rule.natWithinHours());
        assertEquals(1, rule.minimumDoses());
        PassRules rules = new PassRules(versions);
        assertEquals(List.of(1L, 3L), rules.applying(new VenueContext(HONGKOU, "MALL"), from).stream()
                .map(RuleVersion::id).toList());
        assertEquals(List.of(3L, 2L), rules.history(HONGKOU).stream().map(RuleVersion::id).toList());
    }

    /** The combined rule is kept between changes, and asked again across a change, either way, it follows it. */
    @Test
    void oneRuleBookAnswersAcrossChangesInEitherOrder() {
        Instant midnight = CityTime.startOf(LocalDate.of(2026, 12, 5));
        Instant cityFrom = midnight.plusSeconds(3600);
        versions.add(version(2, HONGKOU, "MEDICAL", midnight, SET, terms("37.3", Set.of(Colour.GREEN), 48, false,
                0, true, false)));
        versions.add(version(3, RuleScope.CITY_DISTRICT, null, cityFrom, SET, terms("37.3", Set.of(Colour.GREEN),
                72, false, 2, true, false)));
        PassRules rules = new PassRules(versions);
        VenueContext hospital = new VenueContext(HONGKOU, "MEDICAL");
        EffectiveRule before = rules.at(hospital, midnight.minusSeconds(1));
        assertSame(before, rules.at(hospital, midnight.minusSeconds(600)), "no change in between: kept");
        assertEquals(48, rules.at(hospital, midnight).natWithinHours());
        assertEquals(0, rules.at(hospital, cityFrom.minusNanos(1000)).minimumDoses());
        assertEquals(2, rules.at(hospital, cityFrom).minimumDoses());
        assertEquals(72, rules.at(hospital, midnight.minusSeconds(1)).natWithinHours(), "back in time");
        assertEquals(DEFAULT, rules.at(hospital, START));
        assertEquals(48, rules.at(hospital, cityFrom.plusSeconds(86_400)).natWithinHours());
    }

    @Test
    void withoutACityRuleThereIsNoVerdict() {
        assertThrows(IllegalStateException.class, () -> at(HONGKOU, null, START.minusSeconds(1)));
    }

    @Test
    void stricterTakesEachConditionOnItsOwn() {
        EffectiveRule a = terms("37.5", Set.of(Colour.GREEN, Colour.YELLOW), null, true, 2, true, false);
        EffectiveRule b = terms("37.3", Set.of(Colour.GREEN), 72, false, 0, false, true);
        EffectiveRule expected = terms("37.3", Set.of(Colour.GREEN), 72, false, 2, false, false);
        assertEquals(expected, a.stricter(b));
        assertEquals(expected, b.stricter(a));
    }

    @Test
    void theRulesAheadAreSplitWhereAScheduledRuleTakesEffect() {
        Instant from = Instant.parse("2026-12-04T08:00:00Z");
        Instant change = from.plus(Duration.ofHours(5));
        EffectiveRule stricter = terms("37.0", Set.of(Colour.GREEN), 24, false, 0, true, false);
        versions.add(version(2, HONGKOU, null, change, from, stricter));
        List<RulePeriod> periods = new PassRules(versions).between(new VenueContext(HONGKOU, "MALL"), from,
                from.plus(Duration.ofDays(1)));
        assertEquals(List.of(new RulePeriod(from, change, DEFAULT),
                new RulePeriod(change, from.plus(Duration.ofDays(1)), stricter)), periods);
        assertEquals(List.of(new RulePeriod(from, from.plus(Duration.ofDays(1)), DEFAULT)),
                new PassRules(versions).between(new VenueContext(PUDONG, "MALL"), from, from.plus(Duration.ofDays(1))),
                "another district's change splits nothing");
        assertThrows(IllegalArgumentException.class,
                () -> new PassRules(versions).between(new VenueContext(PUDONG, null), from, from));
    }
}
