package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.InspectionSubjects;
import org.sitepass.inspections.control.PlannedVisitView;
import org.sitepass.inspections.control.Plans;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;

/** Backs {@code /inspections/today.xhtml}: the inspector's round for today, on a phone. */
@Named
@ViewScoped
public class TodayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Plans plans;

    @Inject
    transient InspectionSubjects subjects;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final PagedRows<PlannedVisitView> visits = new PagedRows<>(() -> plans.countToday(caller.get()),
            (first, size) -> plans.today(caller.get(), first, size), PlannedVisitView::visitId);
    private String codeNumber;

    /** An unplanned visit: the inspector stands before a venue and types the number on its poster. */
    public String inspectOther() {
        return subjects.venueWithCode(caller.get(), codeNumber == null ? "" : codeNumber)
                .map(v -> "/inspections/inspection-form?faces-redirect=true&venue=" + v.id())
                .orElseGet(() -> {
                    messages.warn(InspectionsTexts.text("today.unknownCode"));
                    return null;
                });
    }

    public PagedRows<PlannedVisitView> getVisits() {
        return visits;
    }

    public String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(String codeNumber) {
        this.codeNumber = codeNumber;
    }
}
