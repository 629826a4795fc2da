package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
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
import org.sitepass.sites.entity.Venue;
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

    private Long id;
    private String idParameter;
    private VenueView venue;
    private VenueForm form = new VenueForm();
    private List<HistoryStep> history;

    /** Another manager's venue is answered exactly like one that does not exist. */
    public void load() throws IOException {
        if (idParameter == null || idParameter.isEmpty()) {
            return;
        }
        venue = id == null ? null : venues.find(caller.get(), id).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
            return;
        }
        form = venue.toForm();
    }

    public String save() {
        return attempt(() -> id == null ? venues.create(caller.get(), form)
                : venues.update(caller.get(), id, form).orElseThrow(NoSuchVenue::new));
    }

    public String submit() {
        return attempt(() -> venues.saveAndSubmit(caller.get(), id, form));
    }

    /** Back to the list with what happened, or here with what to correct. */
    private String attempt(Supplier<VenueView> action) {
        try {
            venue = action.get();
            id = venue.id();
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
            history = id == null ? List.of() : venues.history(caller.get(), id).orElse(List.of());
        }
        return history;
    }

    public void districtChanged() {
        form.setStreetCode(null);
    }

    public Long getId() {
        return id;
    }

    /** The {@code ?id=} of the page as typed; anything but digits names no venue. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String text) {
        this.idParameter = text;
        this.id = PageRequest.id(text);
    }

    public VenueView getVenue() {
        return venue;
    }

    public VenueForm getForm() {
        return form;
    }
}
