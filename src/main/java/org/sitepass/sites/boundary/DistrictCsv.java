package org.sitepass.sites.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.sitepass.platform.CsvTable;
import org.sitepass.platform.CsvDownload;
import org.sitepass.platform.Labels;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.control.DistrictFigures;

/**
 * The district view as one tidy table (figure, key, label, value), which a spreadsheet pivots any way the district
 * wants. Starts with a BOM so that Excel reads the Chinese right; cells that a spreadsheet would run as a formula
 * are defused.
 */
@ApplicationScoped
public class DistrictCsv {

    @Inject
    Labels labels;

    /** Named by district and period, so that the exports of several months sit side by side in a folder. */
    CsvDownload download(DistrictFigures figures, Locale locale) {
        return new CsvDownload("site-codes-" + figures.districtCode() + "-" + figures.from() + "-" + figures.to(),
                write(figures, locale));
    }

    public String write(DistrictFigures figures, Locale locale) {
        CsvTable out = new CsvTable();
        out.line(text(locale, "report.csv.figure"), text(locale, "report.csv.key"), text(locale, "report.csv.label"),
                text(locale, "report.csv.value"));
        for (DistrictFigures.Day day : figures.days()) {
            out.line("submitted", day.date().toString(), text(locale, "report.submitted"), day.submitted());
            out.line("approved", day.date().toString(), text(locale, "report.approved"), day.approved());
            out.line("rejected", day.date().toString(), text(locale, "report.rejected"), day.rejected());
        }
        figures.issuedByCategory().forEach(c -> out.line("issued_by_category", c.code(),
                labels.of(VenueCategory.LABEL_KIND, c.code(), locale), c.issued()));
        figures.issuedByStreet().forEach(c -> out.line("issued_by_street", c.code(),
                labels.of(Labels.STREET, c.code(), locale), c.issued()));
        DistrictFigures.Backlog backlog = figures.backlog();
        out.line("backlog", "total", text(locale, "report.backlog.total"), backlog.total());
        out.line("backlog", "under_one_day", text(locale, "report.backlog.underOneDay"), backlog.underOneDay());
        out.line("backlog", "one_to_three_days", text(locale, "report.backlog.oneToThreeDays"),
                backlog.oneToThreeDays());
        out.line("backlog", "three_to_seven_days", text(locale, "report.backlog.threeToSevenDays"),
                backlog.threeToSevenDays());
        out.line("backlog", "over_seven_days", text(locale, "report.backlog.overSevenDays"), backlog.overSevenDays());
        return out.toString();
    }

    private static String text(Locale locale, String key) {
        return SitesTexts.in(locale, key);
    }
}
