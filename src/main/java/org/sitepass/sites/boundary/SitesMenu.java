package org.sitepass.sites.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.sites.entity.Venue;

/** The site-code pages in the menu: managers apply, officers review and watch their district. */
@ApplicationScoped
public class SitesMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> managers = Set.of(Roles.VENUE_MANAGER);
        Set<String> officers = Set.of(Roles.OFFICER);
        return List.of(
                new MenuEntry(100, "/sites/venues/list", Venue.BUNDLE, "menu.myVenues", managers),
                new MenuEntry(110, "/sites/venues/edit", Venue.BUNDLE, "menu.apply", managers),
                new MenuEntry(120, "/sites/venues/batch", Venue.BUNDLE, "menu.bulk", managers),
                new MenuEntry(130, "/sites/review/queue", Venue.BUNDLE, "menu.reviewQueue", officers),
                new MenuEntry(140, "/sites/district/view", Venue.BUNDLE, "menu.districtView", officers));
    }
}
