package org.sitepass.inspections.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;

/**
 * Backs {@code /inspections/orders.xhtml}: the district's orders; an inspector picks one ({@code ?order=}) to close
 * or escalate it after re-inspection.
 */
@Named
@ViewScoped
public class OrdersBacking extends OrdersPage {

    private static final long serialVersionUID = 1L;

    private String note;

    public OrdersBacking() {
        super(OrderAction.CLOSE);
    }

    @Override
    long count() {
        return orders.countOfDistrict(caller.get());
    }

    @Override
    List<OrderView> visible(int first, int size) {
        return orders.ofDistrict(caller.get(), first, size);
    }

    public String close() {
        return decide((id, given) -> orders.close(caller.get(), id, given), "orders.closed");
    }

    public String escalate() {
        return decide((id, given) -> orders.escalate(caller.get(), id, given), "orders.escalated");
    }

    /** Acts on the order the page shows, whatever a posted address says. */
    private String decide(BiFunction<Long, String, Optional<OrderView>> decision, String done) {
        Optional<String> given = Reason.typed(note);
        if (given.isEmpty()) {
            messages.warn(Reason.RULE);
            return null;
        }
        OrderView shown = getSelected();
        try {
            boolean decided = shown != null && decision.apply(shown.id(), given.get()).isPresent();
            messages.confirm(InspectionsTexts.text(decided ? done : "orders.gone"));
            return "/inspections/orders?faces-redirect=true";
        } catch (RequestRefused e) {
            messages.show(e);
            refresh();
            return null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
