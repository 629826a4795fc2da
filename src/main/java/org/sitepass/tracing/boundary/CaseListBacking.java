package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PagedRows;
import org.sitepass.tracing.control.CaseView;
import org.sitepass.tracing.control.Cases;
import org.sitepass.tracing.entity.CaseStatus;

/** Backs {@code /tracing/cases/list.xhtml}: the city's cases, newest first, open ones or all. */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cases cases;

    @Inject
    transient CurrentCaller caller;

    private CaseStatus status = CaseStatus.OPEN;

    private final PagedRows<CaseView> rows = new PagedRows<>(() -> cases.count(caller.get(), status),
            (first, size) -> cases.views(cases.page(caller.get(), status, first, size)),
            c -> Long.toString(c.id()));

    public PagedRows<CaseView> getCases() {
        return rows;
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }
}
