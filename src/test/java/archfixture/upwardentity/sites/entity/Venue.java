package archfixture.upwardentity.sites.entity;

import archfixture.upwardentity.sites.control.Reviews;

/** Fixture: an entity that calls up into its module's control layer. */
public class Venue {

    public Reviews reviews() {
        return new Reviews();
    }
}
