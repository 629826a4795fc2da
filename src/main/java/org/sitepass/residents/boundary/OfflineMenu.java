package org.sitepass.residents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;

/** The offline-code pages in the menu: the service centre's counter for officers, a resident's own card. */
@ApplicationScoped
public class OfflineMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(470, "/residents/offline/issue", ResidentsTexts.BUNDLE, "residents.offline.menu.issue",
                        Set.of(Roles.OFFICER)),
                new MenuEntry(480, "/residents/me/offline", ResidentsTexts.BUNDLE, "residents.offline.menu.mine",
                        Set.of(Roles.RESIDENT)));
    }
}
