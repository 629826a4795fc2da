package org.sitepass.sites.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.BarChart;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.Period;
import org.sitepass.platform.PeriodChoice;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.control.DistrictFigures;
import org.sitepass.sites.control.DistrictFigures.Day;
import org.sitepass.sites.control.DistrictReport;

/** Backs {@code /sites/district/view.xhtml}: the district's daily flow as a chart and tables, and the CSV link. */
@Named
@ViewScoped
public class DistrictViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DistrictReport report;

    @Inject
    transient CurrentCaller caller;

    @Inject
    SitesLabels labels;

    @Inject
    transient PageMessages messages;

    private final PeriodChoice period = new PeriodChoice();
    private DistrictFigures figures;

    @PostConstruct
    public void refresh() {
        Period shown = period.settle(LocalDate.now(CityTime.ZONE));
        if (period.adjusted()) {
            messages.warn(SitesTexts.text("district.periodAdjusted", shown.from(), shown.to()));
        }
        String district = caller.get().district();
        figures = report.figures(district == null ? "" : district, shown);
    }

    public DistrictFigures getFigures() {
        return figures;
    }

    /** A Chart.js bar chart of the daily flow; the table below it carries the same numbers for screen readers. */
    public String getChart() {
        Locale locale = labels.locale();
        List<Day> days = getFigures().days();
        return BarChart.standing(days.stream().map(d -> d.date().toString()).toList())
                .series(SitesTexts.in(locale, "report.submitted"), days.stream().map(Day::submitted).toList(),
                        "#0b5cab")
                .series(SitesTexts.in(locale, "report.approved"), days.stream().map(Day::approved).toList(), "#1e7b34")
                .series(SitesTexts.in(locale, "report.rejected"), days.stream().map(Day::rejected).toList(), "#b3261e")
                .json();
    }

    public String getCsvLink() {
        return "/sites/district/report.csv?" + period.getQuery();
    }

    public PeriodChoice getPeriod() {
        return period;
    }
}
