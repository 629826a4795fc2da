package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.AuditedAction;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.PagedRows;
import org.sitepass.residents.control.MyData;
import org.sitepass.residents.control.MyDataView;

/** Backs {@code /residents/me/data.xhtml}: what SitePass holds about me, and every official's action on it. */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MyData myData;

    @Inject
    transient CurrentCaller caller;

    private MyDataView data;

    private final PagedRows<AuditedAction> reads = new PagedRows<>(
            () -> data == null ? 0 : data.officialReadsTotal(),
            (first, size) -> myData.reads(caller.get(), first / size, size)
                    .map(page -> page.items()).orElse(List.of()),
            AuditedAction::occurredAt);

    public void load() {
        data = myData.of(caller.get(), PageParameters.DEFAULT_SIZE).orElse(null);
    }

    public MyDataView getData() {
        return data;
    }

    public PagedRows<AuditedAction> getReads() {
        return reads;
    }
}
