package org.sitepass.sites.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.control.Applications;
import org.sitepass.sites.control.VenueForm;
import org.sitepass.sites.control.VenueView;
import org.sitepass.sites.entity.ReviewEvent;
import org.sitepass.sites.entity.Venue;

/** Backs {@code /sites/venues/edit.xhtml}: a new application, or one of the manager's venues by {@code ?id=}. */
@Named
@ViewScoped
public class VenueEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "venue";

    @Inject
    transient Applications applications;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private Long id;
    private VenueView venue;
    private VenueForm form = new VenueForm();

    /** Another manager's venue is answered exactly like one that does not exist. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        venue = applications.find(caller.get(), id).orElse(null);
        if (venue == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        form = venue.toForm();
    }

    public String save() {
        return attempt(() -> {
            venue = id == null ? applications.create(caller.get(), form)
                    : applications.update(caller.get(), id, form).orElseThrow();
            id = venue.id();
            messages.confirm(new ModuleText(Venue.BUNDLE, "edit.saved." + venue.status()));
        });
    }

    public String submit() {
        return attempt(() -> {
            venue = id == null ? applications.create(caller.get(), form)
                    : applications.update(caller.get(), id, form).orElseThrow();
            id = venue.id();
            if ("DRAFT".equals(venue.status()) || "REJECTED".equals(venue.status())) {
                venue = applications.submit(caller.get(), id).orElseThrow();
            }
            messages.confirm(new ModuleText(Venue.BUNDLE, "edit.submitted"));
        });
    }

    private String attempt(Runnable action) {
        try {
            action.run();
            return "/sites/venues/list?faces-redirect=true";
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }

    public boolean isEditable() {
        return venue == null || !("SUBMITTED".equals(venue.status()) || "CHANGE_UNDER_REVIEW".equals(venue.status())
                || "REVOKED".equals(venue.status()));
    }

    /** Issued venues cannot move: the code number carries the district, and the street with it. */
    public boolean isLocationFixed() {
        return venue != null && venue.codeNumber() != null;
    }

    public List<ReviewEvent> getHistory() {
        return id == null ? List.of() : applications.history(caller.get(), id);
    }

    public void districtChanged() {
        form.setStreetCode(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VenueView getVenue() {
        return venue;
    }

    public VenueForm getForm() {
        return form;
    }
}
