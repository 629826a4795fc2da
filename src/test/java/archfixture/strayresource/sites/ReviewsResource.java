package archfixture.strayresource.sites;

import jakarta.ws.rs.Path;

/** Fixture: a JAX-RS resource in the module's API package instead of its boundary. */
@Path("reviews")
public class ReviewsResource {
}
