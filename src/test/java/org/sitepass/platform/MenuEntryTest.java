package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MenuEntryTest {

    private final Caller manager = new Caller("manager1", Set.of(Roles.VENUE_MANAGER), null);

    @Test
    void entriesWithoutRolesAreForEveryLoggedInPerson() {
        MenuEntry home = new MenuEntry(0, "/index", "b", "menu.home", Set.of());
        assertTrue(home.visibleTo(manager));
        assertFalse(home.visibleTo(Caller.anonymous()));
    }

    @Test
    void roleEntriesAreOnlyForThoseRoles() {
        MenuEntry audit = new MenuEntry(800, "/platform/audit/entries", "b", "menu.auditTrail", Set.of(Roles.AUDITOR));
        assertFalse(audit.visibleTo(manager));
        assertTrue(audit.visibleTo(new Caller("auditor1", Set.of(Roles.AUDITOR), null)));
    }
}
