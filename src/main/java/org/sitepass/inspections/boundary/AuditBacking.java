package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.AuditView;
import org.sitepass.inspections.control.Audits;
import org.sitepass.inspections.control.OrderForm;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.inspections.entity.Plan;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/**
 * Backs {@code /inspections/audit.xhtml}: one submitted audit with its findings, photos and report, and the
 * orders raised from its failing items.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Audits audits;

    @Inject
    transient Orders orders;

    @Inject
    transient Sites sites;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private String idParameter;
    private Long id;
    private AuditView audit;
    private VenueRef venue;
    private List<OrderView> raised;
    private OrderForm order = new OrderForm();

    public void load() throws IOException {
        audit = id == null ? null : audits.find(caller.get(), id).orElse(null);
        if (audit == null) {
            PageRequest.notFound();
            return;
        }
        venue = sites.venue(audit.venueId()).orElse(null);
        raised = orders.ofAudit(caller.get(), id);
    }

    public void raise() throws IOException {
        order.setAuditId(audit.id());
        try {
            orders.raise(caller.get(), order);
            messages.note(InspectionsTexts.text("auditView.raised"));
            order = new OrderForm();
            id = audit.id();
            load();
        } catch (InvalidInput e) {
            messages.show("raise", e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    /** The failing items that have no order yet, so that one finding raises one order. */
    public List<ChecklistItem> getOpenToOrder() {
        return audit.findings().stream().filter(f -> f.verdict() == Verdict.FAIL)
                .filter(f -> raised.stream().noneMatch(o -> o.item().equals(f.item())))
                .map(f -> ChecklistItem.valueOf(f.item())).toList();
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String text) {
        idParameter = text;
        id = PageRequest.id(text);
    }

    public AuditView getAudit() {
        return audit;
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
