package org.sitepass.residents.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.RulePeriod;
import org.sitepass.residents.VenueContext;

/**
 * Every version of every pass rule, and which one holds where and when. At a door the city's rule, the district's
 * rule and the district's rule for the venue's category each hold from their effective time until their next
 * version; where several hold, the stricter of each condition applies, so a district's rule only ever tightens, and
 * a city that tightens its default later tightens every district with it.
 */
public final class PassRules {

    private static final String NO_CATEGORY = "";

    /** District, then category ("" for district-wide), then the versions newest first. */
    private final Map<String, Map<String, List<RuleVersion>>> versions = new HashMap<>();
    /** District, then category: the rule last combined there and the span of time it holds for. */
    private final Map<String, Map<String, Span>> combined = new ConcurrentHashMap<>();

    private record Span(Instant from, Instant until, EffectiveRule rule) {

        boolean covers(Instant at) {
            return !at.isBefore(from) && at.isBefore(until);
        }
    }

    public PassRules(Collection<RuleVersion> all) {
        for (RuleVersion version : all) {
            versions.computeIfAbsent(version.districtCode(), d -> new HashMap<>())
                    .computeIfAbsent(category(version.categoryCode()), c -> new ArrayList<>()).add(version);
        }
        versions.values().forEach(byCategory -> byCategory.values()
                .forEach(list -> list.sort(RuleVersion.NEWEST_FIRST)));
    }

    /**
     * The conditions in force at a venue at an instant.
     *
     * @throws IllegalStateException before the city's first rule: the migration seeds one from 2020
     */
    public EffectiveRule at(VenueContext venue, Instant at) {
        Map<String, Span> spans = combined.computeIfAbsent(venue.districtCode(), d -> new ConcurrentHashMap<>());
        String category = category(venue.categoryCode());
        Span span = spans.get(category);
        if (span == null || !span.covers(at)) {
            span = span(venue, at);
            spans.put(category, span);
        }
        return span.rule();
    }

    /**
     * The rules at a venue from one instant to another, as consecutive periods, each with the rule that holds
     * unchanged through it: what a door needs to decide on its own while it cannot reach the platform.
     */
    public List<RulePeriod> between(VenueContext venue, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the periods end after they start");
        }
        List<RulePeriod> periods = new ArrayList<>();
        Instant at = from;
        while (at.isBefore(to)) {
            Span span = span(venue, at);
            Instant until = span.until().isBefore(to) ? span.until() : to;
            periods.add(new RulePeriod(at, until, span.rule()));
            at = until;
        }
        return periods;
    }

    /**
     * The rule at an instant and how long it holds unchanged: from the latest effective time of the versions in
     * force to the next version's, so that a door asking again gets the same rule without combining anew.
     */
    private Span span(VenueContext venue, Instant at) {
        Instant from = Instant.MIN;
        Instant until = Instant.MAX;
        for (List<RuleVersion> list : lists(venue)) {
            RuleVersion next = null;
            for (RuleVersion version : list) {
                if (version.inForceAt(at)) {
                    from = from.isAfter(version.effectiveFrom()) ? from : version.effectiveFrom();
                    break;
                }
                next = version;
            }
            if (next != null && next.effectiveFrom().isBefore(until)) {
                until = next.effectiveFrom();
            }
        }
        return new Span(from, until, combine(venue, at));
    }

    private List<List<RuleVersion>> lists(VenueContext venue) {
        Map<String, List<RuleVersion>> city = versions.getOrDefault(RuleScope.CITY_DISTRICT, Map.of());
        Map<String, List<RuleVersion>> district = versions.getOrDefault(venue.districtCode(), Map.of());
        return List.of(city.getOrDefault(NO_CATEGORY, List.of()), district.getOrDefault(NO_CATEGORY, List.of()),
                venue.categoryCode() == null ? List.of() : district.getOrDefault(venue.categoryCode(), List.of()));
    }

    private EffectiveRule combine(VenueContext venue, Instant at) {
        EffectiveRule rule = city(at).terms();
        RuleVersion district = inForce(venue.districtCode(), null, at);
        if (district != null) {
            rule = rule.stricter(district.terms());
        }
        if (venue.categoryCode() != null) {
            RuleVersion category = inForce(venue.districtCode(), venue.categoryCode(), at);
            if (category != null) {
                rule = rule.stricter(category.terms());
            }
        }
        return rule;
    }

    /** The versions that make up the rule at a venue at an instant: the city's, the district's, the category's. */
    public List<RuleVersion> applying(VenueContext venue, Instant at) {
        List<RuleVersion> applying = new ArrayList<>(List.of(city(at)));
        if (!RuleScope.CITY_DISTRICT.equals(venue.districtCode())) {
            Optional.ofNullable(inForce(venue.districtCode(), null, at)).ifPresent(applying::add);
            if (venue.categoryCode() != null) {
                Optional.ofNullable(inForce(venue.districtCode(), venue.categoryCode(), at)).ifPresent(applying::add);
            }
        }
        return applying;
    }

    /** Every version filed under a district (the city's under {@link RuleScope#CITY_DISTRICT}), newest first. */
    public List<RuleVersion> history(String districtCode) {
        return versions.getOrDefault(districtCode, Map.of()).values().stream().flatMap(List::stream)
                .sorted(RuleVersion.NEWEST_FIRST).toList();
    }

    private RuleVersion city(Instant at) {
        RuleVersion city = inForce(RuleScope.CITY_DISTRICT, null, at);
        if (city == null) {
            throw new IllegalStateException("no city pass rule in force at " + at);
        }
        return city;
    }

    private RuleVersion inForce(String districtCode, String categoryCode, Instant at) {
        Map<String, List<RuleVersion>> byCategory = versions.get(districtCode);
        List<RuleVersion> list = byCategory == null ? null : byCategory.get(category(categoryCode));
        if (list != null) {
            for (RuleVersion version : list) {
                if (version.inForceAt(at)) {
                    return version;
                }
            }
        }
        return null;
    }

    private static String category(String code) {
        return code == null ? NO_CATEGORY : code;
    }
}
