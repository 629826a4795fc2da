package org.sitepass.tracing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;
import org.sitepass.platform.MenuEntry;
import org.sitepass.platform.Roles;
import org.sitepass.platform.boundary.PlatformMenu;

/** Door staff find their door check in the menu and nothing else; managers find the check and the staff page. */
class TracingMenuTest {

    private static List<String> menuOf(Caller caller) {
        return Stream.concat(new PlatformMenu().menuEntries().stream(), new TracingMenu().menuEntries().stream())
                .filter(entry -> entry.visibleTo(caller)).map(MenuEntry::outcome).toList();
    }

    @Test
    void doorStaffSeeOnlyTheDoorCheck() {
        assertEquals(List.of("/tracing/door/check"),
                menuOf(new Caller("staff1", Set.of(Roles.DOOR_STAFF), null)));
    }

    @Test
    void aManagerSeesTheDoorCheckTheDoorStaffAndTheirCountsAmongTheirPages() {
        assertEquals(List.of("/index", "/platform/account", "/tracing/door/check", "/tracing/door/staff",
                        "/tracing/venues/passes"),
                menuOf(new Caller("manager1", Set.of(Roles.VENUE_MANAGER), null)));
    }

    @Test
    void aTracerFindsTheCasesAndTheirRegistrationAndNobodyElseDoes() {
        assertEquals(List.of("/index", "/platform/account", "/tracing/exposures/list", "/tracing/cases/list",
                        "/tracing/cases/register", "/tracing/contacts/list"),
                menuOf(new Caller("tracer1", Set.of(Roles.TRACER), null)));
        assertFalse(menuOf(new Caller("officer1", Set.of(Roles.OFFICER), "310109")).contains("/tracing/cases/list"));
        assertFalse(menuOf(new Caller("officer1", Set.of(Roles.OFFICER), "310109")).contains("/tracing/contacts/list"));
    }
}
