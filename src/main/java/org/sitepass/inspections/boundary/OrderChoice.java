package org.sitepass.inspections.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.platform.PageRequest;

/**
 * The order a page's address picks ({@code ?order=}) from the orders its reader may see, if it is in a state to
 * act on; anything else picks none.
 */
public final class OrderChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> actionable;
    private Long id;

    OrderChoice(String... actionable) {
        this.actionable = Set.of(actionable);
    }

    OrderView in(List<OrderView> visible) {
        return id == null ? null : visible.stream().filter(o -> o.id() == id && actionable.contains(o.status()))
                .findFirst().orElse(null);
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
