package archfixture.unmapped.util;

/** Fixture: a top-level package that is no module of the map. */
public class Strings {
}
