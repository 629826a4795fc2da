package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.sitepass.platform.PagedRows;
import org.sitepass.tracing.control.DayView;
import org.sitepass.tracing.control.PurgeHistory;
import org.sitepass.tracing.control.PurgeView;

/** Backs {@code /tracing/purges.xhtml}: the purge history, and what is left of a day the auditor names. */
@Named
@ViewScoped
public class PurgesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PurgeHistory history;

    private final PagedRows<PurgeView> purges = new PagedRows<>(() -> history.count(),
            (first, size) -> history.page(first, size), p -> p.day().toString());
    private LocalDate day;
    private DayView dayView;

    public void lookUp() {
        dayView = day == null ? null : history.day(day);
    }

    public PagedRows<PurgeView> getPurges() {
        return purges;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayView getDayView() {
        return dayView;
    }
}
