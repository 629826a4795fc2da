package archfixture.leaky.sites.entity;

/** Fixture: an entity of the sites module. */
public class Venue {
}
