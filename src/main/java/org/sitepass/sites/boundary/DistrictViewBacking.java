package org.sitepass.sites.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.Period;
import org.sitepass.platform.PeriodChoice;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.control.DistrictFigures;
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
        JsonArrayBuilder days = Json.createArrayBuilder();
        JsonArrayBuilder submitted = Json.createArrayBuilder();
        JsonArrayBuilder approved = Json.createArrayBuilder();
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        getFigures().days().forEach(d -> {
            days.add(d.date().toString());
            submitted.add(d.submitted());
            approved.add(d.approved());
            rejected.add(d.rejected());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", days)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(SitesTexts.in(locale, "report.submitted"), submitted, "#0b5cab"))
                                .add(dataset(SitesTexts.in(locale, "report.approved"), approved, "#1e7b34"))
                                .add(dataset(SitesTexts.in(locale, "report.rejected"), rejected, "#b3261e"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    public String getCsvLink() {
        return "/sites/district/report.csv?" + period.getQuery();
    }

    public PeriodChoice getPeriod() {
        return period;
    }
}
