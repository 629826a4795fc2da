package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.PlainText;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.control.NoSuchVenue;
import org.sitepass.sites.control.Reviews;
import org.sitepass.sites.control.VenueView;
import org.sitepass.sites.entity.Venue;
import org.sitepass.sites.entity.VenueAction;

/** Backs {@code /sites/review/application.xhtml}: one venue of the officer's district and the decisions on it. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reviews reviews;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private Long id;
    private String idParameter;
    private VenueView venue;

    @Size(min = 4, max = 500, message = "{sites.validation.reason}")
    @PlainText
    private String reason;

    public void load() throws IOException {
        venue = id == null ? null : reviews.find(caller.get(), id).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
        }
    }

    public String approve() {
        return decide(() -> reviews.approve(caller.get(), id), "review.done.approved");
    }

    public String reject() {
        return withReason(() -> reviews.reject(caller.get(), id, reason), "review.done.rejected");
    }

    public String suspend() {
        return withReason(() -> reviews.suspend(caller.get(), id, reason), "review.done.suspended");
    }

    public String reinstate() {
        return withReason(() -> reviews.reinstate(caller.get(), id, reason), "review.done.reinstated");
    }

    public String revoke() {
        return withReason(() -> reviews.revoke(caller.get(), id, reason), "review.done.revoked");
    }

    /** A decision against the applicant must say why; the page asks for it rather than failing. */
    private String withReason(Supplier<Optional<VenueView>> decision, String doneKey) {
        if (reason == null || reason.isBlank()) {
            messages.warn(new ModuleText(Venue.BUNDLE, "review.reasonRequired"));
            return null;
        }
        return decide(decision, doneKey);
    }

    private String decide(Supplier<Optional<VenueView>> decision, String doneKey) {
        try {
            venue = decision.get().orElseThrow(NoSuchVenue::new);
            reason = null;
            messages.confirm(new ModuleText(Venue.BUNDLE, doneKey));
            return "/sites/review/application?faces-redirect=true&id=" + id;
        } catch (RequestRefused e) {
            messages.show(e);
        } catch (NoSuchVenue e) {
            messages.warn(new ModuleText(Venue.BUNDLE, "edit.gone"));
        }
        return null;
    }

    /** Whether the venue's state allows the decision, so that the page offers only what would be accepted. */
    public boolean allows(VenueAction action) {
        return venue != null && venue.actions().contains(action);
    }

    public boolean isUnderReview() {
        return venue != null && venue.underReview();
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
