package archfixture.tidy.devices.control;

import archfixture.tidy.sites.Sites;

/** Fixture: devices uses sites through its API package only. */
public class Deployments {

    public Sites sites() {
        return new Sites();
    }
}
