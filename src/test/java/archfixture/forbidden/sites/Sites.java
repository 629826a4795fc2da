package archfixture.forbidden.sites;

import archfixture.forbidden.devices.Devices;

/** Fixture: sites may use only the platform, not devices. */
public class Sites {

    public Devices devices() {
        return new Devices();
    }
}
