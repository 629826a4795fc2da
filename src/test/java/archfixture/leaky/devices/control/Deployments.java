package archfixture.leaky.devices.control;

import archfixture.leaky.sites.entity.Venue;

/** Fixture: devices may use sites, but not its entities. */
public class Deployments {

    public Venue venue() {
        return new Venue();
    }
}
