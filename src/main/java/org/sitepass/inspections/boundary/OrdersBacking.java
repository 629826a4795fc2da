package org.sitepass.inspections.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.inspections.entity.Plan;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PlainText;
import org.sitepass.platform.RequestRefused;

/**
 * Backs {@code /inspections/orders.xhtml}: the district's orders; an inspector picks one ({@code ?order=}) to close
 * or escalate it after re-inspection.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Orders orders;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private List<OrderView> list;
    private final OrderChoice choice = new OrderChoice(OrderAction.CLOSE);

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 500, message = "{sitepass.validation.length}")
    @PlainText
    private String note;

    @PostConstruct
    void load() {
        list = orders.ofDistrict(caller.get());
    }

    public String close() {
        return decide(id -> orders.close(caller.get(), id, note.strip()), "orders.closed");
    }

    public String escalate() {
        return decide(id -> orders.escalate(caller.get(), id, note.strip()), "orders.escalated");
    }

    /** Acts on the order the page shows, whatever a posted address says. */
    private String decide(Function<Long, Optional<OrderView>> decision, String done) {
        OrderView shown = getSelected();
        try {
            messages.confirm(new ModuleText(Plan.BUNDLE, shown != null && decision.apply(shown.id()).isPresent()
                    ? done : "orders.gone"));
            return "/inspections/orders?faces-redirect=true";
        } catch (RequestRefused e) {
            messages.show(e);
            load();
            return null;
        }
    }

    /** The order picked for a decision, while it still awaits one. */
    public OrderView getSelected() {
        return choice.in(list);
    }

    public OrderChoice getChoice() {
        return choice;
    }

    public List<OrderView> getList() {
        return list;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
