package org.sitepass.tracing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.TracingTexts;

/**
 * The tracing module's pages in the menu. The check-in page has no entry: a resident reaches it through a poster's
 * link, which names the venue.
 */
@ApplicationScoped
public class TracingMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(435, "/tracing/me/visits", TracingTexts.BUNDLE, "tracing.visits.menu",
                Set.of(Roles.RESIDENT)));
    }
}
