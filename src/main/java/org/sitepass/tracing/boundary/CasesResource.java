package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.Roles;
import org.sitepass.residents.Identity;
import org.sitepass.residents.TestRecord;
import org.sitepass.tracing.control.CaseForm;
import org.sitepass.tracing.control.CaseReveals;
import org.sitepass.tracing.control.CaseTrace;
import org.sitepass.tracing.control.CaseTraces;
import org.sitepass.tracing.control.CaseView;
import org.sitepass.tracing.control.CaseVisits;
import org.sitepass.tracing.control.Cases;
import org.sitepass.tracing.control.CoVisitors;
import org.sitepass.tracing.control.PersonLookupForm;
import org.sitepass.tracing.control.SecondDegree;
import org.sitepass.tracing.entity.TracingCase;

/**
 * A tracer's cases: register by document (in the body only), list, read, close; and the lookups made for a case, each
 * audited with the case's reference as its purpose. Tracers only; an unknown case or visit answers 404.
 */
@Path("tracing/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRACER)
public class CasesResource {

    static final String VISIT = "{visit: [0-9-]+\\.[0-9]+}";

    @Inject
    Cases cases;

    @Inject
    CaseTraces traces;

    @Inject
    CaseReveals reveals;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a case: the person by document type and number, never kept; the sample and onset"
            + " dates, the lab report and a note")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response register(@NotNull @Valid CaseForm form) {
        CaseView registered = cases.view(cases.register(caller.get(), form));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(registered.id())).build())
                .entity(registered).build();
    }

    @GET
    @Operation(summary = "Cases, newest first, of one status or all")
    public Page<CaseView> list(@Valid @BeanParam CaseListParameters parameters) {
        Caller tracer = caller.get();
        return parameters.answer(cases.views(cases.page(tracer, parameters.status(), parameters.first(),
                parameters.size())), cases.count(tracer, parameters.status()));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One case, its person by reference and masked name")
    public CaseView find(@PathParam("id") long id) {
        return cases.view(cases.find(caller.get(), id));
    }

    @POST
    @Path("{id: [0-9]+}/close")
    @Operation(summary = "Close the case; its lookups stay readable")
    public CaseView close(@PathParam("id") long id) {
        TracingCase closed = cases.close(caller.get(), id);
        return cases.view(closed);
    }

    @GET
    @Path("{id: [0-9]+}/visits")
    @Operation(summary = "The case's visits over its period (the lookback before the sample to registration), with the"
            + " days whose records are gone; audited")
    public CaseVisits visits(@PathParam("id") long id) {
        return traces.visits(caller.get(), id);
    }

    @GET
    @Path("{id: [0-9]+}/visits/" + VISIT + "/co-visitors")
    @Operation(summary = "Everyone recorded at the visit's venue within its window, most exposed first, masked;"
            + " audited")
    public CoVisitors coVisitors(@PathParam("id") long id, @PathParam("visit") String visit,
                                 @Valid @BeanParam WindowParameters window) {
        return traces.coVisitors(caller.get(), id, visit, window.before(), window.after());
    }

    @GET
    @Path("{id: [0-9]+}/visits/" + VISIT + "/second-degree")
    @Operation(summary = "The venues the visit's co-visitors passed afterwards, most visited first; audited")
    public SecondDegree secondDegree(@PathParam("id") long id, @PathParam("visit") String visit,
                                     @Valid @BeanParam WindowParameters window) {
        return traces.secondDegree(caller.get(), id, visit, window.before(), window.after());
    }

    @GET
    @Path("{id: [0-9]+}/trace")
    @Operation(summary = "The whole trace: every visit of the case with its co-visitors; audited")
    public CaseTrace trace(@PathParam("id") long id) {
        return traces.trace(caller.get(), id);
    }

    /** A person's tests, newest sample first. */
    public record Tests(List<TestRecord> items) {
    }

    @POST
    @Path("{id: [0-9]+}/reveals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "One person's identity in clear, with a reason, for an open case; audited against the case and"
            + " the person")
    public Identity reveal(@PathParam("id") long id, @NotNull @Valid PersonLookupForm form) {
        return reveals.reveal(caller.get(), id, form);
    }

    @POST
    @Path("{id: [0-9]+}/test-lookups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "One person's nucleic-acid and antigen tests, with a reason, for an open case; audited against"
            + " the case and the person")
    public Tests tests(@PathParam("id") long id, @NotNull @Valid PersonLookupForm form) {
        return new Tests(reveals.tests(caller.get(), id, form));
    }
}
