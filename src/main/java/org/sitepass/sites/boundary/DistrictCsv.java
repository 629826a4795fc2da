package org.sitepass.sites.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Languages;
import org.sitepass.sites.control.Categories;
import org.sitepass.sites.control.DistrictFigures;
import org.sitepass.sites.entity.Venue;

/**
 * The district view as one tidy table (figure, key, label, value), which a spreadsheet pivots any way the district
 * wants. Starts with a BOM so that Excel reads the Chinese right; cells that a spreadsheet would run as a formula
 * are defused.
 */
@ApplicationScoped
public class DistrictCsv {

    @Inject
    Districts districts;

    @Inject
    Categories categories;

    public String write(DistrictFigures figures, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, text(locale, "report.csv.figure"), text(locale, "report.csv.key"), text(locale, "report.csv.label"),
                text(locale, "report.csv.value"));
        for (DistrictFigures.Day day : figures.days()) {
            line(out, "submitted", day.date().toString(), text(locale, "report.submitted"), day.submitted());
            line(out, "approved", day.date().toString(), text(locale, "report.approved"), day.approved());
            line(out, "rejected", day.date().toString(), text(locale, "report.rejected"), day.rejected());
        }
        figures.issuedByCategory().forEach(c -> line(out, "issued_by_category", c.code(),
                categories.find(c.code()).map(cat -> cat.name(locale)).orElse(c.code()), c.issued()));
        figures.issuedByStreet().forEach(c -> line(out, "issued_by_street", c.code(),
                districts.street(c.code()).map(s -> s.name(locale)).orElse(c.code()), c.issued()));
        DistrictFigures.Backlog backlog = figures.backlog();
        line(out, "backlog", "total", text(locale, "report.backlog.total"), backlog.total());
        line(out, "backlog", "under_one_day", text(locale, "report.backlog.underOneDay"), backlog.underOneDay());
        line(out, "backlog", "one_to_three_days", text(locale, "report.backlog.oneToThreeDays"),
                backlog.oneToThreeDays());
        line(out, "backlog", "three_to_seven_days", text(locale, "report.backlog.threeToSevenDays"),
                backlog.threeToSevenDays());
        line(out, "backlog", "over_seven_days", text(locale, "report.backlog.overSevenDays"), backlog.overSevenDays());
        return out.toString();
    }

    private static void line(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ",").append(cell(String.valueOf(cells[i])));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String text(Locale locale, String key) {
        return Languages.text(Venue.BUNDLE, locale, key);
    }
}
