package archfixture.straybean.sites;

import jakarta.inject.Named;

/** Fixture: a bean named for the pages in the module's API package instead of its boundary. */
@Named
public class ReviewPage {
}
