package org.sitepass.inspections.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;

/**
 * A page of the orders its reader may see, one of which the address picks ({@code ?order=}) for the page's one
 * action; the pages differ only in whose orders they list and what they do with the pick.
 */
public abstract class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Orders orders;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private List<OrderView> list;
    private final OrderChoice choice;

    OrdersPage(OrderAction action) {
        choice = new OrderChoice(action);
    }

    abstract List<OrderView> visible();

    @PostConstruct
    void load() {
        list = visible();
    }

    /** The order picked, while it still awaits the page's action. */
    public OrderView getSelected() {
        return choice.in(list);
    }

    public OrderChoice getChoice() {
        return choice;
    }

    public List<OrderView> getList() {
        return list;
    }
}
