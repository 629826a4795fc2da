package org.sitepass.devices.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sitepass.devices.control.Deployments;
import org.sitepass.devices.control.DistrictFleet;
import org.sitepass.platform.CurrentCaller;

/** Backs {@code /devices/district.xhtml}: the district's sentries by vendor and model, and which are offline. */
@Named
@ViewScoped
public class DistrictDevicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Deployments deployments;

    @Inject
    transient CurrentCaller caller;

    private DistrictFleet fleet;

    @PostConstruct
    void load() {
        fleet = deployments.district(caller.get());
    }

    public DistrictFleet getFleet() {
        return fleet;
    }
}
