package org.sitepass.vendors.boundary;

import jakarta.annotation.security.PermitAll;
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
import org.sitepass.vendors.control.SupplierDirectory;

/** The qualified-supplier directory, public: anyone may check a vendor's or a model's certificate. */
@Path("qualified-suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class QualifiedSuppliersResource {

    @Inject
    SupplierDirectory directory;

    @GET
    @Operation(summary = "Certified vendors and their listed models, searchable by name or certificate number")
    public List<SupplierDirectory.Supplier> search(@Valid @BeanParam SearchParameter search) {
        return directory.search(search.q);
    }
}
