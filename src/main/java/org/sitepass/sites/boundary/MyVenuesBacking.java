package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PagedRows;
import org.sitepass.sites.control.Applications;
import org.sitepass.sites.control.VenueView;

/** Backs {@code /sites/venues/list.xhtml}: every venue of the manager with its status, code and posters. */
@Named
@ViewScoped
public class MyVenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Applications applications;

    @Inject
    transient CurrentCaller caller;

    private final PagedRows<VenueView> venues = new PagedRows<>(() -> applications.countMine(caller.get()),
            (first, size) -> applications.mine(caller.get(), first, size), VenueView::id);

    public PagedRows<VenueView> getVenues() {
        return venues;
    }
}
