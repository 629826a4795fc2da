package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.control.Venues;
import org.sitepass.sites.control.HistoryStep;
import org.sitepass.sites.control.NoSuchVenue;
import org.sitepass.sites.control.VenueForm;
import org.sitepass.sites.control.VenueView;
import org.sitepass.sites.entity.VenueAction;

/** Backs {@code /sites/venues/edit.xhtml}: a new venue, or one of the manager's venues by {@code ?id=}. */
@Named
@ViewScoped
public class VenueEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "venue";

    @Inject
    transient Venues venues;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId address = new AddressId();
    private VenueView venue;
    private VenueForm form = new VenueForm();
    private List<HistoryStep> history;

    /** Another manager's venue is answered exactly like one that does not exist. */
    public void load() throws IOException {
        if (!address.given()) {
            return;
        }
        venue = address.get() == null ? null : venues.find(caller.get(), address.get()).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
            return;
        }
        form = venue.toForm();
    }

    public String save() {
        return attempt(() -> address.get() == null ? venues.create(caller.get(), form)
                : venues.update(caller.get(), address.get(), form).orElseThrow(NoSuchVenue::new));
    }

    public String submit() {
        return attempt(() -> venues.saveAndSubmit(caller.get(), address.get(), form));
    }

    /** Back to the list with what happened, or here with what to correct. */
    private String attempt(Supplier<VenueView> action) {
        try {
            venue = action.get();
            address.set(venue.id());
            messages.confirm(SitesTexts.text("edit.saved." + venue.status()));
            return "/sites/venues/list?faces-redirect=true";
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        } catch (NoSuchVenue e) {
            messages.warn(SitesTexts.text("edit.gone"));
        }
        return null;
    }

    public boolean isEditable() {
        return venue == null || venue.actions().contains(VenueAction.EDIT);
    }

    /** Issued venues cannot move: the code number carries the district, and the street with it. */
    public boolean isLocationFixed() {
        return venue != null && venue.codeNumber() != null;
    }

    public List<HistoryStep> getHistory() {
        if (history == null) {
            history = address.get() == null ? List.of()
                    : venues.history(caller.get(), address.get()).orElse(List.of());
        }
        return history;
    }

    public void districtChanged() {
        form.setStreetCode(null);
    }

    public AddressId getAddress() {
        return address;
    }

    public VenueView getVenue() {
        return venue;
    }

    public VenueForm getForm() {
        return form;
    }
}
