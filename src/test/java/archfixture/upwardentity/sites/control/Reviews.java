package archfixture.upwardentity.sites.control;

/** Fixture: a use case of the sites module. */
public class Reviews {
}
