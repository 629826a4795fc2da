package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Labels;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Colour;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.PassRuleChanges;
import org.sitepass.residents.control.PassRuleForm;
import org.sitepass.residents.control.RulesOverview;
import org.sitepass.residents.control.SampleVerdict;
import org.sitepass.residents.entity.RuleProposal;
import org.sitepass.residents.entity.RuleScope;

/**
 * Backs {@code /residents/rules/list.xhtml}: the rules of the officer's district (or the city's) with their history,
 * and a form that previews a rule on sample people before it is saved.
 */
@Named
@ViewScoped
public class PassRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rule";
    static final String YELLOW_TOO = Colour.GREEN + "," + Colour.YELLOW;

    @Inject
    transient PassRuleChanges changes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    /** Names the venue categories, which belong to the sites module: a district's rule for one names its code. */
    @Inject
    transient Labels labels;

    private String category;
    private RulesOverview overview;
    private final PassRuleForm form = new PassRuleForm();
    private String effectiveAt;
    private String colours;
    private List<SampleVerdict> preview;

    /** Shows what holds now and starts the form from it, to take effect at the next midnight. */
    public void load() {
        try {
            overview = changes.overview(caller.get(), category);
        } catch (RequestRefused e) {
            messages.show(e);
            return;
        }
        EffectiveRule rule = overview.inForce();
        form.setDistrictCode(overview.districtCode());
        form.setCategoryCode(overview.categoryCode());
        form.setMaxTemperature(rule.maxTemperature());
        colours = rule.accepts(Colour.YELLOW) ? YELLOW_TOO : Colour.GREEN.name();
        form.setNatWithinHours(rule.natWithinHours());
        form.setAntigenCounts(rule.antigenCounts());
        form.setMinimumDoses(rule.minimumDoses());
        form.setRelativeCodesAccepted(rule.relativeCodesAccepted());
        form.setOtherRegionCodesAccepted(rule.otherRegionCodesAccepted());
        effectiveAt = LocalDate.now(CityTime.ZONE).plusDays(1).atStartOfDay().toString();
    }

    public void preview() {
        preview = attempt(() -> changes.preview(caller.get(), completed()));
    }

    public String save() {
        var saved = attempt(() -> changes.set(caller.get(), completed()));
        if (saved == null) {
            return null;
        }
        messages.confirm(ResidentsTexts.text("residents.rules.saved", CityTime.display(saved.effectiveFrom())));
        return "/residents/rules/list?faces-redirect=true" + (category == null ? "" : "&category=" + category);
    }

    private <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }

    /** The form with what the page asks in its own terms: a Shanghai wall-clock time and one choice of colours. */
    private RuleProposal completed() {
        form.setAcceptedColours(colours == null ? null : List.of(colours.split(",")));
        form.setEffectiveFrom(utc(effectiveAt));
        return form.toProposal();
    }

    private static String utc(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local).atZone(CityTime.ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }

    public boolean isCity() {
        return overview != null && RuleScope.of(overview.districtCode()) == RuleScope.CITY;
    }

    public List<String> getCategories() {
        return labels.codes(Labels.VENUE_CATEGORY);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category;
    }

    public RulesOverview getOverview() {
        return overview;
    }

    public PassRuleForm getForm() {
        return form;
    }

    public String getEffectiveAt() {
        return effectiveAt;
    }

    public void setEffectiveAt(String effectiveAt) {
        this.effectiveAt = effectiveAt;
    }

    public String getColours() {
        return colours;
    }

    public void setColours(String colours) {
        this.colours = colours;
    }

    public List<Integer> getTestWindows() {
        return RuleProposal.TEST_WINDOWS.stream().sorted().toList();
    }

    public String getYellowToo() {
        return YELLOW_TOO;
    }

    public List<SampleVerdict> getPreview() {
        return preview;
    }
}
