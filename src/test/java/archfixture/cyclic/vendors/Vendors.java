package archfixture.cyclic.vendors;

import archfixture.cyclic.sites.Sites;

/** Fixture: vendors and sites use each other. */
public class Vendors {

    public Sites sites() {
        return new Sites();
    }
}
