package org.sitepass.sites.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.Period;
import org.sitepass.platform.Roles;
import org.sitepass.sites.control.DistrictFigures;
import org.sitepass.sites.control.DistrictReport;

/** The district view's CSV for the pages (session login); the API serves the same at {@code site-code-report/csv}. */
@WebServlet("/sites/district/report.csv")
public class DistrictCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DistrictReport report;

    @Inject
    transient DistrictCsv csv;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Roles.OFFICER) || caller.get().district() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Period period = Period.fromLink(request.getParameter("from"), request.getParameter("to"),
                LocalDate.now(CityTime.ZONE));
        DistrictFigures figures = report.figures(caller.get().district(), period);
        csv.download(figures, language.locale()).writeTo(response);
    }
}
