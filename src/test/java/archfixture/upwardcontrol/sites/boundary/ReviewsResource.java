package archfixture.upwardcontrol.sites.boundary;

/** Fixture: the boundary of the sites module. */
public class ReviewsResource {
}
