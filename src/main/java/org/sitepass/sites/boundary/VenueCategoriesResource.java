package org.sitepass.sites.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;

/** The venue categories with their risk levels: public reference data. */
@Path("venue-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VenueCategoriesResource {

    @Inject
    Sites sites;

    @GET
    @Operation(summary = "Venue categories with codes, Chinese and English names and risk levels")
    public List<VenueCategory> all() {
        return sites.categories();
    }
}
