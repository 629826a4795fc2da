package archfixture.tidy.sites;

/** Fixture: the sites module's API. */
public class Sites {
}
