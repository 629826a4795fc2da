package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.control.NoSuchVenue;
import org.sitepass.sites.control.Reviews;
import org.sitepass.sites.control.VenueView;
import org.sitepass.sites.entity.VenueAction;

/** Backs {@code /sites/review/venue.xhtml}: one venue of the officer's district and the decisions on it. */
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

    private final AddressId address = new AddressId();
    private VenueView venue;

    private String reason;

    public void load() throws IOException {
        venue = address.get() == null ? null : reviews.find(caller.get(), address.get()).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
        }
    }

    public String approve() {
        return decide(() -> reviews.approve(caller.get(), address.get()), "review.done.approved");
    }

    public String reject() {
        return withReason(given -> reviews.reject(caller.get(), address.get(), given), "review.done.rejected");
    }

    public String suspend() {
        return withReason(given -> reviews.suspend(caller.get(), address.get(), given), "review.done.suspended");
    }

    public String reinstate() {
        return withReason(given -> reviews.reinstate(caller.get(), address.get(), given), "review.done.reinstated");
    }

    public String revoke() {
        return withReason(given -> reviews.revoke(caller.get(), address.get(), given), "review.done.revoked");
    }

    /** A decision against the applicant must say why; the page asks for it rather than failing. */
    private String withReason(Function<String, Optional<VenueView>> decision, String doneKey) {
        Optional<String> given = Reason.typed(reason);
        if (given.isEmpty()) {
            messages.warn(Reason.RULE);
            return null;
        }
        return decide(() -> decision.apply(given.get()), doneKey);
    }

    private String decide(Supplier<Optional<VenueView>> decision, String doneKey) {
        try {
            venue = decision.get().orElseThrow(NoSuchVenue::new);
            reason = null;
            messages.confirm(SitesTexts.text(doneKey));
            return "/sites/review/venue?faces-redirect=true&id=" + address.get();
        } catch (RequestRefused e) {
            messages.show(e);
        } catch (NoSuchVenue e) {
            messages.warn(SitesTexts.text("edit.gone"));
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

    public AddressId getAddress() {
        return address;
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
