package archfixture.tidy.devices.control;

import archfixture.tidy.devices.entity.Deployment;
import archfixture.tidy.sites.Sites;

/** Fixture: devices uses sites through its API package only, and its own entities from below. */
public class Deployments {

    public Sites sites() {
        return new Sites();
    }

    public Deployment deployment() {
        return new Deployment();
    }
}
