package archfixture.stray.sites.support;

/** Fixture: a class of the sites module outside its root, boundary, control and entity packages. */
public class Texts {
}
