package org.sitepass.residents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;

/**
 * The residents module's pages in the menu: a resident's own pages in the order a new resident needs them (bind,
 * then the code), then the officers' service-centre and district pages.
 */
@ApplicationScoped
public class ResidentsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> residents = Set.of(Roles.RESIDENT);
        Set<String> officers = Set.of(Roles.OFFICER);
        return List.of(
                entry(390, "/residents/me/binding", "residents.binding.menu", residents),
                entry(400, "/residents/me/code", "residents.codes.menu.code", residents),
                entry(410, "/residents/me/relatives", "residents.codes.menu.relatives", residents),
                entry(420, "/residents/me/offline", "residents.offline.menu.mine", residents),
                entry(430, "/residents/me/data", "residents.myData.menu", residents),
                entry(440, "/residents/me/appeals", "residents.appeal.menu", residents),
                entry(450, "/residents/offline/issue", "residents.offline.menu.issue", officers),
                entry(460, "/residents/relatives/requests", "residents.relatives.requests.menu", officers),
                entry(470, "/residents/appeals/queue", "residents.appeal.queue.menu", officers),
                entry(480, "/residents/bindings/undo", "residents.binding.undo.menu", officers),
                entry(490, "/residents/rules/list", "residents.menu.passRules", officers));
    }

    private static MenuEntry entry(int place, String page, String key, Set<String> roles) {
        return new MenuEntry(place, page, ResidentsTexts.BUNDLE, key, roles);
    }
}
