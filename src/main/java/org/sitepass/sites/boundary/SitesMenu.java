package org.sitepass.sites.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.sites.SitesTexts;

/** The site-code pages in the menu: managers apply, officers review and watch their district. */
@ApplicationScoped
public class SitesMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> managers = Set.of(Roles.VENUE_MANAGER);
        Set<String> officers = Set.of(Roles.OFFICER);
        return List.of(
                new MenuEntry(100, "/sites/venues/list", SitesTexts.BUNDLE, "menu.myVenues", managers),
                new MenuEntry(110, "/sites/venues/edit", SitesTexts.BUNDLE, "menu.apply", managers),
                new MenuEntry(120, "/sites/venues/batch", SitesTexts.BUNDLE, "menu.bulk", managers),
                new MenuEntry(130, "/sites/review/queue", SitesTexts.BUNDLE, "menu.reviewQueue", officers),
                new MenuEntry(140, "/sites/district/view", SitesTexts.BUNDLE, "menu.districtView", officers));
    }
}
