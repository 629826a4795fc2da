package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.VenueContext;
import org.sitepass.residents.Verdicts;
import org.sitepass.residents.entity.PassRule;
import org.sitepass.residents.entity.PassRules;
import org.sitepass.residents.entity.RuleProposal;
import org.sitepass.residents.entity.RuleScope;
import org.sitepass.residents.entity.RuleVersion;
import org.sitepass.residents.entity.SamplePerson;

/**
 * What officers do with pass rules: read those of their district, try a proposed rule on sample people, and set
 * one. A city-level officer (district claim 310000) sets the city's rule, a district's officer only their district's
 * rules; every rule set goes to the audit trail with what it says.
 */
@ApplicationScoped
@Transactional
public class PassRuleChanges {

    static final int FORBIDDEN = 403;

    @PersistenceContext
    EntityManager em;

    @Inject
    PassRuleBook book;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<PassRuleSaved> saved;

    /** Validated whole before anything is written; the rule book reloads once the new version is committed. */
    public RuleVersion set(Caller officer, RuleProposal proposal) {
        mayChange(officer, proposal.districtCode());
        PassRule rule = PassRule.set(proposal, officer.name(), CityTime.now());
        em.persist(rule);
        em.flush();
        RuleVersion version = RuleVersion.of(rule);
        auditTrail.record(new AuditRecord("PASS_RULE_SET", "pass_rule", String.valueOf(version.id()),
                summary(version), AuditOutcome.SUCCESS));
        saved.fire(new PassRuleSaved(version.id()));
        return version;
    }

    /**
     * The sample people judged at the time the proposal would take effect (now, if that is earlier), under the
     * rules set so far and with the proposal combined with them. Nothing is stored.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SampleVerdict> preview(Caller officer, RuleProposal proposal) {
        mayChange(officer, proposal.districtCode());
        Instant now = CityTime.now();
        List<InvalidInput.FieldProblem> problems = proposal.problems(now);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant at = proposal.effectiveFromInstant().isAfter(now) ? proposal.effectiveFromInstant() : now;
        PassRules current = book.rules();
        List<RuleVersion> withProposal = new ArrayList<>(current.history(proposal.districtCode()));
        if (proposal.scope() == RuleScope.DISTRICT) {
            withProposal.addAll(current.history(RuleScope.CITY_DISTRICT));
        }
        withProposal.add(new RuleVersion(Long.MAX_VALUE, proposal.scope(), proposal.districtCode(),
                proposal.categoryCode(), proposal.effectiveFromInstant(), proposal.terms(), proposal.note(),
                officer.name(), now));
        VenueContext venue = new VenueContext(proposal.districtCode(), proposal.categoryCode());
        EffectiveRule before = current.at(venue, at);
        EffectiveRule after = new PassRules(withProposal).at(venue, at);
        return Stream.of(SamplePerson.values()).map(sample -> new SampleVerdict(sample.name(), sample.temperature(),
                Verdicts.decide(sample.factsAt(at), before, sample.temperature(), at),
                Verdicts.decide(sample.factsAt(at), after, sample.temperature(), at))).toList();
    }

    /**
     * The rules of the officer's district now, of one venue category or district-wide; the city's rules for a
     * city-level officer. The history lists the city's versions too, as they hold in every district.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RulesOverview overview(Caller officer, String categoryCode) {
        String district = districtOf(officer);
        if (categoryCode != null && !RuleProposal.isCategoryCode(categoryCode)) {
            throw InvalidInput.of("category", ResidentsTexts.text("residents.rules.invalid.category"));
        }
        String category = RuleScope.of(district) == RuleScope.CITY ? null : categoryCode;
        Instant now = CityTime.now();
        PassRules rules = book.rules();
        VenueContext venue = new VenueContext(district, category);
        List<RuleVersion> history = Stream.concat(
                        rules.history(district).stream()
                                .filter(v -> category == null || v.categoryCode() == null
                                        || category.equals(v.categoryCode())),
                        RuleScope.of(district) == RuleScope.CITY ? Stream.empty()
                                : rules.history(RuleScope.CITY_DISTRICT).stream())
                .sorted(RuleVersion.NEWEST_FIRST).toList();
        return new RulesOverview(district, category, now, rules.at(venue, now), rules.applying(venue, now), history);
    }

    /** One version, if it is the city's or of the officer's district. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleVersion> find(Caller officer, long id) {
        String district = districtOf(officer);
        return Optional.ofNullable(em.find(PassRule.class, id)).map(RuleVersion::of)
                .filter(v -> v.scope() == RuleScope.CITY || district.equals(v.districtCode()));
    }

    /** A district's rules are its officers'; the city's rule is a city-level officer's. */
    private static void mayChange(Caller officer, String districtCode) {
        String district = districtOf(officer);
        RequestRefused.unless(districtCode == null || district.equals(districtCode), PassRuleChanges::notYours);
    }

    private static RequestRefused notYours() {
        return new RequestRefused(FORBIDDEN, "urn:sitepass:problem:pass-rule-scope",
                ResidentsTexts.text("residents.rules.notYours"));
    }

    private static String districtOf(Caller officer) {
        officer.require(Roles.OFFICER);
        String district = officer.district();
        RequestRefused.unless(district != null && district.matches("[0-9]{6}"), PassRuleChanges::notYours);
        return district;
    }

    /** What the rule says, for the audit trail: the officer's note last, cut to what the entry holds. */
    static String summary(RuleVersion v) {
        EffectiveRule t = v.terms();
        String text = v.scope() + " " + v.districtCode() + (v.categoryCode() == null ? "" : "/" + v.categoryCode())
                + " from " + v.effectiveFrom() + ": max " + t.maxTemperature() + ", colours " + t.acceptedColours()
                + ", test " + (t.natRequired() ? t.natWithinHours() + "h" : "none") + ", antigen "
                + t.antigenCounts() + ", doses " + t.minimumDoses() + ", relatives " + t.relativeCodesAccepted()
                + ", other regions " + t.otherRegionCodesAccepted() + "; " + v.note();
        return AuditPurposes.fit(text);
    }
}
