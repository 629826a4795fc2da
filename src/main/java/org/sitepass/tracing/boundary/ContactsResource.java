package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.ContactCount;
import org.sitepass.tracing.control.ContactEntry;
import org.sitepass.tracing.control.ContactQuery;
import org.sitepass.tracing.control.Contacts;

/** Every case's contacts, filtered, and their counts per case and per district, for tracers (the whole city). */
@Path("tracing/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRACER)
public class ContactsResource {

    @Inject
    Contacts contacts;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Contacts by case, status, assessment and household district, the latest changed first")
    public Page<ContactEntry> list(@Valid @BeanParam ContactParameters parameters) {
        ContactQuery query = parameters.toQuery();
        return parameters.answer(contacts.page(caller.get(), query), contacts.count(caller.get(), query));
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many contacts the filters find, by status and assessment, per case ("
            + "by=case, the default) or per household district (by=district)")
    public List<ContactCount> counts(@Valid @BeanParam ContactParameters parameters) {
        ContactQuery query = parameters.toQuery();
        return parameters.perDistrict() ? contacts.countsByDistrict(caller.get(), query)
                : contacts.countsByCase(caller.get(), query);
    }
}
