package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.Languages;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;

/** The platform's own pages in the menu. */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> pageUsers = Set.copyOf(Roles.PAGE_USERS);
        return List.of(
                new MenuEntry(0, "/index", Languages.PLATFORM_BUNDLE, "menu.home", pageUsers),
                new MenuEntry(800, "/platform/audit/entries", Languages.PLATFORM_BUNDLE, "menu.auditTrail",
                        Set.of(Roles.AUDITOR)),
                new MenuEntry(900, "/platform/account", Languages.PLATFORM_BUNDLE, "menu.account", pageUsers));
    }
}
