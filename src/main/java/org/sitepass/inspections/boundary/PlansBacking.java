package org.sitepass.inspections.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.PlanForm;
import org.sitepass.inspections.control.PlanView;
import org.sitepass.inspections.control.Plans;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;

/** Backs {@code /inspections/plans.xhtml}: draw up a plan for the district, and the district's plans. */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Plans plans;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final PlanForm form = new PlanForm();
    private final PagedRows<PlanView> list = new PagedRows<>(() -> plans.countOfDistrict(caller.get()),
            (first, size) -> plans.ofDistrict(caller.get(), first, size), PlanView::id);

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        form.setPeriodFrom(today);
        form.setPeriodTo(today.plusDays(6));
    }

    public String create() {
        try {
            PlanView plan = plans.create(caller.get(), form);
            messages.confirm(InspectionsTexts.text("plans.created", plan.planned()));
            return "/inspections/plan?faces-redirect=true&id=" + plan.id();
        } catch (InvalidInput e) {
            messages.show("plan", e);
            return null;
        }
    }

    public String getDistrict() {
        return caller.get().district();
    }

    public PlanForm getForm() {
        return form;
    }

    public PagedRows<PlanView> getList() {
        return list;
    }
}
