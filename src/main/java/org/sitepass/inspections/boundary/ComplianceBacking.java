package org.sitepass.inspections.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.Compliance;
import org.sitepass.inspections.control.ComplianceFigures;
import org.sitepass.inspections.control.ComplianceFigures.ItemCount;
import org.sitepass.inspections.control.InspectionRegister;
import org.sitepass.inspections.control.InspectionSummary;
import org.sitepass.platform.BarChart;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.PeriodChoice;

/** Backs {@code /inspections/compliance.xhtml}: the district's figures over a period, as chart and tables. */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Compliance compliance;

    @Inject
    transient InspectionRegister register;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    private final PeriodChoice period = new PeriodChoice();
    private ComplianceFigures figures;
    private final PagedRows<InspectionSummary> inspections = new PagedRows<>(
            () -> register.count(caller.get(), period.period()),
            (first, size) -> register.of(caller.get(), period.period(), first, size), InspectionSummary::id);

    @PostConstruct
    public void refresh() {
        figures = compliance.figures(caller.get(), period.settle(LocalDate.now(CityTime.ZONE)));
    }

    /** Whole percent; no inspections is no rate rather than a rate of zero. */
    public String getPassRate() {
        if (figures.inspections() == 0) {
            return InspectionsTexts.in(language.locale(), "compliance.noRate");
        }
        long percent = Math.round(100.0 * figures.passed() / figures.inspections());
        return InspectionsTexts.text("compliance.rate", percent).in(language.locale());
    }

    /** A Chart.js bar chart of failures by item; the table beside it carries the same numbers for screen readers. */
    public String getChart() {
        List<ItemCount> counts = figures.failedByItem();
        return BarChart.lying(counts.stream().map(i -> InspectionsTexts.in(language.locale(), "item." + i.item()))
                        .toList())
                .series(InspectionsTexts.in(language.locale(), "compliance.failed"),
                        counts.stream().map(ItemCount::failed).toList(), "#b3261e")
                .json();
    }

    public ComplianceFigures getFigures() {
        return figures;
    }

    public PagedRows<InspectionSummary> getInspections() {
        return inspections;
    }

    public PeriodChoice getPeriod() {
        return period;
    }
}
