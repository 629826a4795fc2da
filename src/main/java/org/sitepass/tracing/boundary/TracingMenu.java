package org.sitepass.tracing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.MenuContribution;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.TracingTexts;

/**
 * The tracing module's pages in the menu: door staff and their managers check at the door, managers name the staff
 * and see their doors' counts (and the exposures at their venues), a resident their visits, a tracer the venues'
 * exposures, the cases and their contacts, the auditor the purge history. The check-in page has no entry: a resident
 * reaches it through a poster's link, which names the venue.
 */
@ApplicationScoped
public class TracingMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                entry(150, "/tracing/door/check", "menu.doorCheck", Set.of(Roles.DOOR_STAFF, Roles.VENUE_MANAGER)),
                entry(155, "/tracing/door/staff", "menu.doorStaff", Set.of(Roles.VENUE_MANAGER)),
                entry(435, "/tracing/me/visits", "tracing.visits.menu", Set.of(Roles.RESIDENT)),
                entry(510, "/tracing/venues/passes", "venuePasses.menu", Set.of(Roles.VENUE_MANAGER)),
                entry(560, "/tracing/exposures/list", "tracing.exposure.menu", Set.of(Roles.TRACER)),
                entry(590, "/tracing/purges", "purges.menu", Set.of(Roles.AUDITOR)),
                entry(610, "/tracing/cases/list", "tracing.cases.menu", Set.of(Roles.TRACER)),
                entry(611, "/tracing/cases/register", "tracing.cases.register.menu", Set.of(Roles.TRACER)),
                entry(625, "/tracing/contacts/list", "tracing.contacts.menu", Set.of(Roles.TRACER)));
    }

    private static MenuEntry entry(int place, String page, String key, Set<String> roles) {
        return new MenuEntry(place, page, TracingTexts.BUNDLE, key, roles);
    }
}
