package org.sitepass.tracing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.TracingTexts;

/** The tracing pages in the menu: door staff and their managers check at the door; managers name the staff. */
@ApplicationScoped
public class TracingMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(150, "/tracing/door/check", TracingTexts.BUNDLE, "menu.doorCheck",
                        Set.of(Roles.DOOR_STAFF, Roles.VENUE_MANAGER)),
                new MenuEntry(155, "/tracing/door/staff", TracingTexts.BUNDLE, "menu.doorStaff",
                        Set.of(Roles.VENUE_MANAGER)));
    }
}
