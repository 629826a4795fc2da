package org.sitepass.platform;

import java.util.Set;

/**
 * One item of the page menu, contributed by the module that owns the page.
 *
 * @param order    position in the menu, lower first
 * @param outcome  the view, e.g. {@code /sites/venues/mine}
 * @param bundle   the module's message bundle that holds the label
 * @param labelKey key of the label in that bundle
 * @param roles    who sees it; empty means every logged-in person
 */
public record MenuEntry(int order, String outcome, String bundle, String labelKey, Set<String> roles) {

    public MenuEntry {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Caller caller) {
        return !caller.isAnonymous() && (roles.isEmpty() || roles.stream().anyMatch(caller::hasRole));
    }
}
