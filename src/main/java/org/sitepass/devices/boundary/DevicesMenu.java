package org.sitepass.devices.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;

/** The sentry pages in the menu: each of the three fleet views to its role. */
@ApplicationScoped
public class DevicesMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(230, "/devices/fleet", DevicesTexts.BUNDLE, "menu.fleet", Set.of(Roles.VENDOR)),
                new MenuEntry(150, "/devices/venue", DevicesTexts.BUNDLE, "menu.venueDevices",
                        Set.of(Roles.VENUE_MANAGER)),
                new MenuEntry(160, "/devices/district", DevicesTexts.BUNDLE, "menu.districtDevices",
                        Set.of(Roles.OFFICER)));
    }
}
