package org.sitepass.residents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;

/** A resident's codes in the menu, first of their entries: showing a code at a door is why they open SitePass. */
@ApplicationScoped
public class CodesMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> residents = Set.of(Roles.RESIDENT);
        return List.of(
                new MenuEntry(400, "/residents/me/code", ResidentsTexts.BUNDLE, "residents.codes.menu.code", residents),
                new MenuEntry(410, "/residents/me/relatives", ResidentsTexts.BUNDLE, "residents.codes.menu.relatives",
                        residents));
    }
}
