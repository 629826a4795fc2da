package org.sitepass.inspections.boundary;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;

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

    private final OrderChoice choice;
    private final PagedRows<OrderView> list = new PagedRows<>(this::count, this::visible, OrderView::id);
    private OrderView selected;
    private boolean picked;

    OrdersPage(OrderAction action) {
        choice = new OrderChoice(action);
    }

    abstract long count();

    abstract List<OrderView> visible(int first, int size);

    /** Forgets the pick, to look it up again as it now stands. */
    void refresh() {
        picked = false;
    }

    /**
     * The order picked, while it still awaits the page's action; looked up by itself, as it need not be on the page
     * of the list shown, and once the address has set it.
     */
    public OrderView getSelected() {
        if (!picked) {
            selected = choice.of(id -> orders.find(caller.get(), id));
            picked = true;
        }
        return selected;
    }

    public OrderChoice getChoice() {
        return choice;
    }

    public PagedRows<OrderView> getList() {
        return list;
    }
}
