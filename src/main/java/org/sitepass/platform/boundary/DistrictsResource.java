package org.sitepass.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.District;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Street;

/** The city's districts and streets: public reference data, so forms and bulk files can be filled in correctly. */
@Path("districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DistrictsResource {

    @Inject
    Districts districts;

    @GET
    @Operation(summary = "Shanghai's 16 districts with their GB/T 2260 codes, in Chinese and English")
    public List<District> all() {
        return districts.all();
    }

    @GET
    @Path("{code: [0-9]{6}}/streets")
    @Operation(summary = "The sub-districts, towns and townships of one district with their statistical codes")
    public List<Street> streets(@PathParam("code") String code) {
        districts.district(code).orElseThrow(NotFoundException::new);
        return districts.streetsOf(code);
    }
}
