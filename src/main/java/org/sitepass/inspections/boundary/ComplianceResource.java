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
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.inspections.control.Compliance;
import org.sitepass.inspections.control.ComplianceFigures;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/** The compliance view of the caller's district, as JSON or as one tidy CSV table. */
@Path("inspection-compliance")
@RequestScoped
@RolesAllowed({Roles.OFFICER, Roles.INSPECTOR})
public class ComplianceResource {

    @Inject
    Compliance compliance;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Visits done against plan, audits and pass rate, failures by checklist item, open and "
            + "overdue orders, by street and by category")
    public ComplianceFigures figures(@Valid @BeanParam ComplianceParameters period) {
        return compliance.figures(caller.get(), period.first(), period.last());
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (figure, key, value; UTF-8 with BOM)")
    public Response csv(@Valid @BeanParam ComplianceParameters period) {
        ComplianceFigures f = compliance.figures(caller.get(), period.first(), period.last());
        StringBuilder out = new StringBuilder("\uFEFFfigure,key,value\r\n");
        line(out, "planned", "", f.planned());
        line(out, "done", "", f.done());
        line(out, "audits", "", f.audits());
        line(out, "passed", "", f.passed());
        line(out, "open_orders", "", f.openOrders());
        line(out, "overdue_orders", "", f.overdueOrders());
        f.failedByItem().forEach(i -> line(out, "failed_item", i.item(), i.failed()));
        f.byStreet().forEach(g -> line(out, "audits_by_street", g.code(), g.audits()));
        f.byCategory().forEach(g -> line(out, "audits_by_category", g.code(), g.audits()));
        return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"compliance-" + f.districtCode() + "-"
                        + f.from() + "-" + f.to() + ".csv\"")
                .build();
    }

    /** Keys are codes the platform made (items, streets, categories), never text a person typed. */
    private static void line(StringBuilder out, String figure, String key, long value) {
        out.append(figure).append(',').append(key).append(',').append(value).append("\r\n");
    }
}
