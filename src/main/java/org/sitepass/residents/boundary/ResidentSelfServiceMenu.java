package org.sitepass.residents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;

/**
 * The resident's own pages in the menu (binding, my data, appeals), and the officer's side of them: deciding
 * appeals, undoing wrong bindings and deciding relative code requests.
 */
@ApplicationScoped
public class ResidentSelfServiceMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> residents = Set.of(Roles.RESIDENT);
        Set<String> officers = Set.of(Roles.OFFICER);
        return List.of(
                new MenuEntry(390, "/residents/me/binding", ResidentsTexts.BUNDLE, "residents.binding.menu", residents),
                new MenuEntry(420, "/residents/me/data", ResidentsTexts.BUNDLE, "residents.myData.menu", residents),
                new MenuEntry(430, "/residents/me/appeals", ResidentsTexts.BUNDLE, "residents.appeal.menu", residents),
                new MenuEntry(450, "/residents/appeals/queue", ResidentsTexts.BUNDLE, "residents.appeal.queue.menu",
                        officers),
                new MenuEntry(460, "/residents/bindings/undo", ResidentsTexts.BUNDLE, "residents.binding.undo.menu",
                        officers),
                new MenuEntry(465, "/residents/relatives/requests", ResidentsTexts.BUNDLE,
                        "residents.relatives.requests.menu", officers));
    }
}
