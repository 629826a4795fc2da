package archfixture.upwardcontrol.sites.control;

import archfixture.upwardcontrol.sites.boundary.ReviewsResource;

/** Fixture: a use case that calls up into its module's boundary. */
public class Reviews {

    public ReviewsResource resource() {
        return new ReviewsResource();
    }
}
