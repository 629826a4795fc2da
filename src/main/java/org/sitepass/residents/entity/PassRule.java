package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.Colour;
import org.sitepass.residents.EffectiveRule;

/**
 * One version of a pass rule, in force from its effective time until a later version of the same scope, district
 * and category takes over. Never changed once saved: a change is a new version, so the history stays.
 */
@Entity
@Table(name = "residents_pass_rule")
public class PassRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private RuleScope scope;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "max_temperature")
    private BigDecimal maxTemperature;
    @Column(name = "accepted_colours")
    private String acceptedColours;
    @Column(name = "nat_within_hours")
    private Integer natWithinHours;
    @Column(name = "antigen_counts")
    private boolean antigenCounts;
    @Column(name = "minimum_doses")
    private int minimumDoses;
    @Column(name = "relative_codes_accepted")
    private boolean relativeCodesAccepted;
    @Column(name = "other_region_codes_accepted")
    private boolean otherRegionCodesAccepted;
    private String note;
    @Column(name = "set_by")
    private String setBy;
    @Column(name = "set_at")
    private Instant setAt;

    protected PassRule() {
    }

    /** A new version from a proposal, refused whole with every problem when anything is wrong. */
    public static PassRule set(RuleProposal proposal, String setBy, Instant now) {
        var problems = proposal.problems(now);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EffectiveRule terms = proposal.terms();
        PassRule rule = new PassRule();
        rule.scope = proposal.scope();
        rule.districtCode = proposal.districtCode();
        rule.categoryCode = proposal.categoryCode();
        rule.effectiveFrom = proposal.effectiveFromInstant();
        rule.maxTemperature = terms.maxTemperature();
        rule.acceptedColours = terms.acceptedColours().stream().map(Colour::name).collect(Collectors.joining(","));
        rule.natWithinHours = terms.natWithinHours();
        rule.antigenCounts = terms.antigenCounts();
        rule.minimumDoses = terms.minimumDoses();
        rule.relativeCodesAccepted = terms.relativeCodesAccepted();
        rule.otherRegionCodesAccepted = terms.otherRegionCodesAccepted();
        rule.note = proposal.note().strip();
        rule.setBy = setBy;
        rule.setAt = now;
        return rule;
    }

    public EffectiveRule terms() {
        Set<Colour> colours = Arrays.stream(acceptedColours.split(",")).map(Colour::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Colour.class)));
        return new EffectiveRule(maxTemperature, colours, natWithinHours, antigenCounts, minimumDoses,
                relativeCodesAccepted, otherRegionCodesAccepted);
    }

    public Long getId() {
        return id;
    }

    public RuleScope getScope() {
        return scope;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
