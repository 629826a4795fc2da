package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.PlanView;
import org.sitepass.inspections.control.Plans;
import org.sitepass.inspections.control.VisitAssignmentForm;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;

/** Backs {@code /inspections/plan.xhtml}: one plan's venues, who visits each, and sharing them out. */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Plans plans;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId address = new AddressId();
    private PlanView plan;
    private final Map<Long, Boolean> chosen = new HashMap<>();

    @Pattern(regexp = "[A-Za-z0-9_.@-]{1,128}", message = "{sitepass.validation.name}")
    private String inspector;

    public void load() throws IOException {
        plan = address.get() == null ? null : plans.find(caller.get(), address.get()).orElse(null);
        if (plan == null) {
            PageRequest.notFound();
        }
    }

    public void assign() {
        List<Long> venues = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (venues.isEmpty()) {
            messages.warn(InspectionsTexts.text("plan.chooseSome"));
            return;
        }
        VisitAssignmentForm form = new VisitAssignmentForm();
        form.setVenueIds(venues);
        form.setInspector(inspector);
        Optional<PlanView> assigned = plans.assign(caller.get(), plan.id(), form);
        if (assigned.isEmpty()) {
            messages.warn(InspectionsTexts.text("plan.gone"));
            return;
        }
        plan = assigned.get();
        messages.note(InspectionsTexts.text("plan.assigned", venues.size()));
        chosen.clear();
    }

    public AddressId getAddress() {
        return address;
    }

    public PlanView getPlan() {
        return plan;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector == null ? null : inspector.strip();
    }
}
