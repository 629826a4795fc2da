package archfixture.cyclic.sites;

import archfixture.cyclic.vendors.Vendors;

/** Fixture: sites and vendors use each other. */
public class Sites {

    public Vendors vendors() {
        return new Vendors();
    }
}
