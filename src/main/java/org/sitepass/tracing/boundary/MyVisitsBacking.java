package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PagedRows;
import org.sitepass.tracing.control.CheckIns;
import org.sitepass.tracing.control.VisitView;
import org.sitepass.tracing.control.Visits;

/** Backs {@code /tracing/me/visits.xhtml}: the resident's own visits, newest first; unbound, the way to bind. */
@Named
@ViewScoped
public class MyVisitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Visits visits;

    @Inject
    transient CheckIns checkIns;

    @Inject
    transient CurrentCaller caller;

    private boolean bound;

    private final PagedRows<VisitView> rows = new PagedRows<>(() -> visits.count(caller.get()),
            (first, size) -> visits.rows(caller.get(), first, size), VisitView::id);

    public void load() {
        bound = checkIns.bound(caller.get()).isPresent();
    }

    public PagedRows<VisitView> getVisits() {
        return rows;
    }

    public boolean isBound() {
        return bound;
    }
}
