package org.sitepass.residents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;

/** The residents module's pages in the menu, one entry a page. */
@ApplicationScoped
public class ResidentsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> officers = Set.of(Roles.OFFICER);
        return List.of(
                new MenuEntry(400, "/residents/rules/list", ResidentsTexts.BUNDLE, "residents.menu.passRules",
                        officers));
    }
}
