package org.sitepass.residents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitepass.platform.Labels;
import org.sitepass.residents.Colour;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.RuleScope;

/** The conditions of pass rules and the verdicts in words of the page's language, for the pass rules page. */
@Named
@RequestScoped
public class PassRuleLabels {

    private static final String KEY = "residents.rules.";

    @Inject
    Labels labels;

    /** The city, or the district and, for a category's rule, the category. */
    public String place(String districtCode, String categoryCode) {
        String place = RuleScope.of(districtCode) == RuleScope.CITY ? text(KEY + "city")
                : labels.of(Labels.DISTRICT, districtCode, locale());
        return categoryCode == null ? place : place + " · " + labels.of("category", categoryCode, locale());
    }

    public String colours(EffectiveRule rule) {
        return text(KEY + (rule.accepts(Colour.YELLOW) ? "colours.GREEN_YELLOW" : "colours.GREEN"));
    }

    public String test(EffectiveRule rule) {
        return rule.natRequired() ? window(rule.natWithinHours()) : text(KEY + "nat.none");
    }

    public String window(int hours) {
        return ResidentsTexts.text(KEY + "nat.hours", hours).in(locale());
    }

    public String yesNo(boolean yes) {
        return text(KEY + (yes ? "yes" : "no"));
    }

    /** Pass, or the reasons to stop, most severe first. */
    public String verdict(PassVerdict verdict) {
        return verdict.passes() ? text(KEY + "pass")
                : verdict.reasons().stream().map(PassReason::textKey).map(this::text).collect(Collectors.joining(" "));
    }

    private String text(String key) {
        return ResidentsTexts.in(locale(), key);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
