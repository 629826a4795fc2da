package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.InspectionView;
import org.sitepass.inspections.control.Inspections;
import org.sitepass.inspections.control.OrderForm;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/**
 * Backs {@code /inspections/inspection.xhtml}: one submitted inspection with its findings, photos and report, and the
 * orders raised from its failing items.
 */
@Named
@ViewScoped
public class InspectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Inspections inspections;

    @Inject
    transient Orders orders;

    @Inject
    transient Sites sites;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId address = new AddressId();
    private InspectionView inspection;
    private VenueRef venue;
    private List<OrderView> raised;
    private OrderForm order = new OrderForm();

    public void load() throws IOException {
        inspection = address.get() == null ? null : inspections.find(caller.get(), address.get()).orElse(null);
        if (inspection == null) {
            PageRequest.notFound();
            return;
        }
        venue = sites.venue(inspection.venueId()).orElse(null);
        raised = orders.ofInspection(caller.get(), address.get());
    }

    public void raise() throws IOException {
        order.setInspectionId(inspection.id());
        try {
            orders.raise(caller.get(), order);
            messages.note(InspectionsTexts.text("inspectionView.raised"));
            order = new OrderForm();
            address.set(inspection.id());
            load();
        } catch (InvalidInput e) {
            messages.show("raise", e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    /** The failing items that have no order yet, so that one finding raises one order. */
    public List<ChecklistItem> getOpenToOrder() {
        return inspection.findings().stream().filter(f -> f.verdict() == Verdict.FAIL)
                .filter(f -> raised.stream().noneMatch(o -> o.item().equals(f.item())))
                .map(f -> ChecklistItem.valueOf(f.item())).toList();
    }

    public AddressId getAddress() {
        return address;
    }

    public InspectionView getInspection() {
        return inspection;
    }

    public VenueRef getVenue() {
        return venue;
    }

    public List<OrderView> getRaised() {
        return raised;
    }

    public OrderForm getOrder() {
        return order;
    }
}
