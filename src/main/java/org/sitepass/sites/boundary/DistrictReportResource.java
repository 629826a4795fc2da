package org.sitepass.sites.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.PeriodParameters;
import org.sitepass.platform.Roles;
import org.sitepass.sites.control.DistrictFigures;
import org.sitepass.sites.control.DistrictReport;

/** The district view of site codes for the officer's own district, as JSON or as CSV for a spreadsheet. */
@Path("site-code-report")
@RequestScoped
@RolesAllowed(Roles.OFFICER)
public class DistrictReportResource {

    @Inject
    DistrictReport report;

    @Inject
    DistrictCsv csv;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per day new submissions, approvals and rejections; active codes by category and street; "
            + "backlog age")
    public DistrictFigures figures(@Valid @BeanParam PeriodParameters period) {
        return report.figures(district(), period.period(LocalDate.now(CityTime.ZONE)));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (UTF-8 with BOM, one figure per line)")
    public Response export(@Valid @BeanParam PeriodParameters period) {
        DistrictFigures figures = report.figures(district(), period.period(LocalDate.now(CityTime.ZONE)));
        return csv.download(figures, language.locale()).response();
    }

    private String district() {
        String district = caller.get().district();
        return district == null ? "" : district;
    }
}
