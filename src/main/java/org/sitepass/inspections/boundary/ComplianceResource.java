package org.sitepass.inspections.boundary;

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
import org.sitepass.inspections.control.Compliance;
import org.sitepass.inspections.control.ComplianceFigures;
import org.sitepass.inspections.control.InspectionRegister;
import org.sitepass.inspections.control.InspectionSummary;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.CsvDownload;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Period;
import org.sitepass.platform.PeriodParameters;
import org.sitepass.platform.Roles;

/** The compliance view of the caller's district, and its list of inspections, as JSON or CSV. */
@Path("inspection-compliance")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.INSPECTOR})
public class ComplianceResource {

    @Inject
    Compliance compliance;

    @Inject
    InspectionRegister register;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Visits done against plan, inspections and pass rate, failures by checklist item, open and "
            + "overdue orders, by street and by category")
    public ComplianceFigures figures(@Valid @BeanParam PeriodParameters asked) {
        return compliance.figures(caller.get(), period(asked));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (figure, key, value; UTF-8 with BOM)")
    public Response csv(@Valid @BeanParam PeriodParameters asked) {
        Period period = period(asked);
        return new CsvDownload("compliance-" + period, compliance.csv(caller.get(), period)).response();
    }

    @GET
    @Path("inspections")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The district's inspections in the period, newest first and paged, with the items that failed")
    public Page<InspectionSummary> inspections(@Valid @BeanParam PeriodParameters asked,
                                     @Valid @BeanParam PageParameters paging) {
        Period period = period(asked);
        return paging.answer(register.of(caller.get(), period, paging.first(), paging.size()),
                register.count(caller.get(), period));
    }

    @GET
    @Path("inspections/csv")
    @Produces("text/csv")
    @Operation(summary = "The same list as CSV, labelled in the request's language (UTF-8 with BOM)")
    public Response inspectionsCsv(@Valid @BeanParam PeriodParameters asked) {
        Period period = period(asked);
        return new CsvDownload("inspections-" + period,
                register.csv(caller.get(), period, language.locale())).response();
    }

    private static Period period(PeriodParameters asked) {
        return asked.period(LocalDate.now(CityTime.ZONE));
    }
}
