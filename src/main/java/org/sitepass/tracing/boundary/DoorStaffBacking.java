package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.DoorStaffView;
import org.sitepass.tracing.control.DoorStaffing;

/**
 * Backs {@code /tracing/door/staff.xhtml}: a manager names and removes the door staff of one of their venues. Without
 * a venue it lists the manager's venues to choose from.
 */
@Named
@ViewScoped
public class DoorStaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "staff";

    @Inject
    transient DoorStaffing staffing;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId address = new AddressId();
    private VenueRef venue;
    private List<VenueRef> venues = List.of();
    private List<DoorStaffView> staff = List.of();
    private String account;

    public void load() throws IOException {
        if (!address.given()) {
            venues = staffing.doors(caller.get()).stream()
                    .filter(door -> caller.get().name().equals(door.manager())).toList();
            return;
        }
        venue = address.get() == null ? null : staffing.door(caller.get(), address.get())
                .filter(door -> caller.get().name().equals(door.manager())).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
            return;
        }
        refresh();
    }

    public void name() {
        try {
            staffing.name(caller.get(), venue.id(), account).orElseThrow();
            messages.confirm(TracingTexts.text("tracing.doorStaff.named", account));
            account = null;
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        refresh();
    }

    public void remove(String named) {
        if (staffing.remove(caller.get(), venue.id(), named).isPresent()) {
            messages.confirm(TracingTexts.text("tracing.doorStaff.removed", named));
        }
        refresh();
    }

    private void refresh() {
        staff = staffing.list(caller.get(), venue.id()).orElse(List.of());
    }

    public AddressId getAddress() {
        return address;
    }

    public VenueRef getVenue() {
        return venue;
    }

    public List<VenueRef> getVenues() {
        return venues;
    }

    public List<DoorStaffView> getStaff() {
        return staff;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
