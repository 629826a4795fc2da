package org.sitepass.inspections.boundary;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Function;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.platform.PageRequest;

/**
 * The order a page's address picks ({@code ?order=}) from the orders its reader may see, if it is in a state to
 * act on; anything else picks none.
 */
public final class OrderChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OrderAction action;
    private Long id;

    OrderChoice(OrderAction action) {
        this.action = action;
    }

    OrderView of(Function<Long, Optional<OrderView>> visible) {
        return id == null ? null : visible.apply(id).filter(o -> o.actions().contains(action)).orElse(null);
    }

    Long id() {
        return id;
    }

    public String getParameter() {
        return id == null ? null : id.toString();
    }

    public void setParameter(String text) {
        id = PageRequest.id(text);
    }
}
