package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PagedRows;
import org.sitepass.sites.control.Venues;
import org.sitepass.sites.control.VenueView;

/** Backs {@code /sites/venues/list.xhtml}: every venue of the manager with its status, code and posters. */
@Named
@ViewScoped
public class MyVenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Venues venues;

    @Inject
    transient CurrentCaller caller;

    private final PagedRows<VenueView> rows = new PagedRows<>(() -> venues.countMine(caller.get()),
            (first, size) -> venues.mine(caller.get(), first, size), VenueView::id);

    public PagedRows<VenueView> getVenues() {
        return rows;
    }
}
