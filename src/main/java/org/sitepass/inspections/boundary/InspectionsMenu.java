package org.sitepass.inspections.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;

/** The inspection pages in the menu: planning and compliance to the district, the day's round to inspectors. */
@ApplicationScoped
public class InspectionsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Set<String> district = Set.of(Roles.OFFICER, Roles.INSPECTOR);
        return List.of(
                new MenuEntry(165, "/inspections/venue-orders", InspectionsTexts.BUNDLE, "menu.venueOrders",
                        Set.of(Roles.VENUE_MANAGER)),
                new MenuEntry(300, "/inspections/today", InspectionsTexts.BUNDLE, "menu.today",
                        Set.of(Roles.INSPECTOR)),
                new MenuEntry(310, "/inspections/plans", InspectionsTexts.BUNDLE, "menu.plans", district),
                new MenuEntry(320, "/inspections/orders", InspectionsTexts.BUNDLE, "menu.orders", district),
                new MenuEntry(330, "/inspections/compliance", InspectionsTexts.BUNDLE, "menu.compliance", district));
    }
}
