package org.sitepass.devices.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.control.DeploymentView;
import org.sitepass.devices.control.Deployments;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;

/** Backs {@code /devices/venue.xhtml}: the sentries at the manager's venues, and the proposals to decide. */
@Named
@ViewScoped
public class VenueDevicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Deployments deployments;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private List<DeploymentView> devices = List.of();
    private String reason;

    @PostConstruct
    void load() {
        devices = deployments.atMyVenues(caller.get());
    }

    public void accept(long deploymentId) {
        try {
            deployments.accept(caller.get(), deploymentId).orElseThrow();
            messages.note(DevicesTexts.text("venueDevices.accepted"));
        } catch (RequestRefused e) {
            messages.show(e);
        }
        load();
    }

    public void decline(long deploymentId) {
        Optional<String> given = Reason.typed(reason);
        if (given.isEmpty()) {
            messages.warn(Reason.RULE);
            return;
        }
        try {
            deployments.decline(caller.get(), deploymentId, given.get()).orElseThrow();
            messages.note(DevicesTexts.text("venueDevices.declined"));
            reason = null;
        } catch (RequestRefused e) {
            messages.show(e);
        }
        load();
    }

    public long getOffline() {
        return devices.stream().filter(d -> d.standing() && !d.online()).count();
    }

    public List<DeploymentView> getDevices() {
        return devices;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
