package org.sitepass.inspections.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.inspections.control.Compliance;
import org.sitepass.inspections.control.InspectionPhotos;
import org.sitepass.inspections.control.InspectionRegister;
import org.sitepass.inspections.control.InspectionReports;
import org.sitepass.inspections.control.Inspections;
import org.sitepass.inspections.control.Orders;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CsvDownload;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.Period;

/**
 * The files the inspection pages link to, behind the page login: photos of inspections and of answers, an
 * inspection's PDF report, and the compliance CSVs. The use cases decide who may read what; anything else is not found.
 */
@WebServlet("/inspections/files/*")
public class InspectionFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern INSPECTION_PHOTO = Pattern.compile("/inspection-photos/([0-9]{1,18})");
    private static final Pattern ORDER_PHOTO = Pattern.compile("/order-photos/([0-9]{1,18})");
    private static final Pattern REPORT = Pattern.compile("/reports/([0-9]{1,18})\\.pdf");

    @Inject
    transient Inspections inspections;

    @Inject
    transient Orders orders;

    @Inject
    transient InspectionReports reports;

    @Inject
    transient Compliance compliance;

    @Inject
    transient InspectionRegister register;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m;
        if ((m = INSPECTION_PHOTO.matcher(path)).matches()) {
            photo(response, inspections.photo(caller.get(), Long.parseLong(m.group(1))));
        } else if ((m = ORDER_PHOTO.matcher(path)).matches()) {
            photo(response, orders.photo(caller.get(), Long.parseLong(m.group(1))));
        } else if ((m = REPORT.matcher(path)).matches()) {
            report(response, Long.parseLong(m.group(1)));
        } else if ("/compliance.csv".equals(path) || "/inspections.csv".equals(path)) {
            csv(request, response, path);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void photo(HttpServletResponse response, Optional<InspectionPhotos.Photo> photo) throws IOException {
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download.inline(photo.get().contentType()).applyTo(response);
        response.getOutputStream().write(photo.get().content());
    }

    private void report(HttpServletResponse response, long inspectionId) throws IOException {
        Optional<byte[]> pdf = reports.pdf(caller.get(), inspectionId, language.locale());
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InspectionsResource.reportFile(inspectionId).applyTo(response);
        response.getOutputStream().write(pdf.get());
    }

    private void csv(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Period period = Period.fromLink(request.getParameter("from"), request.getParameter("to"),
                LocalDate.now(CityTime.ZONE));
        String csv = "/inspections.csv".equals(path)
                ? register.csv(caller.get(), period, language.locale())
                : compliance.csv(caller.get(), period);
        new CsvDownload(path.substring(1, path.length() - 4) + "-" + period, csv).writeTo(response);
    }
}
