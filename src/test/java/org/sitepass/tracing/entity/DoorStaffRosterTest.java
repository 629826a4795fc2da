package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;

/** The rules of naming a venue's door staff. */
class DoorStaffRosterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final long VENUE = 7;

    private static DoorStaffRoster roster(String... accounts) {
        List<DoorStaff> named = new ArrayList<>();
        for (String account : accounts) {
            named.add(new DoorStaff(VENUE, account, "manager1", NOW));
        }
        return new DoorStaffRoster(VENUE, "manager1", named);
    }

    @Test
    void anAccountIsNamedInLowerCaseByTheManager() {
        DoorStaff staff = roster().name("  Staff1 ", "manager1", NOW);
        assertEquals(VENUE, staff.getVenueId());
        assertEquals("staff1", staff.getAccount());
        assertEquals("manager1", staff.getNamedBy());
        assertEquals(NOW, staff.getNamedAt());
    }

    @Test
    void anAccountNamedAlreadyIsRefusedWhateverItsCase() {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> roster("staff1").name("STAFF1", "manager1", NOW));
        assertEquals(RequestRefused.CONFLICT, refused.status());
        assertEquals("urn:sitepass:problem:door-staff-state", refused.type());
    }

    @Test
    void whatCannotBeAUserNameIsRefused() {
        for (String account : List.of("", "   ", "staff 1", "<b>staff</b>", "-staff", "a".repeat(65))) {
            InvalidInput invalid = assertThrows(InvalidInput.class, () -> roster().name(account, "manager1", NOW),
                    account);
            assertEquals("account", invalid.problems().get(0).field());
        }
        assertThrows(InvalidInput.class, () -> roster().name(null, "manager1", NOW));
    }

    @Test
    void theManagerIsNotNamedTheirOwnDoorStaff() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> roster().name("Manager1", "manager1", NOW));
        assertEquals("tracing.doorStaff.manager", invalid.problems().get(0).text().key());
    }

    @Test
    void aVenueNamesAtMostItsMaximum() {
        String[] full = new String[DoorStaffRoster.MAX_STAFF];
        for (int i = 0; i < full.length; i++) {
            full[i] = "staff" + i;
        }
        assertEquals(DoorStaffRoster.MAX_STAFF, roster(full).named().size());
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> roster(full).name("one.more", "manager1", NOW));
        assertEquals(RequestRefused.CONFLICT, refused.status());
        assertEquals("staff49", roster(Arrays.copyOf(full, full.length - 1))
                .name("staff49", "manager1", NOW).getAccount(), "one short of the maximum names one more");
    }

    @Test
    void aNamedAccountIsFoundWhateverItsCaseAndAnotherIsNot() {
        DoorStaffRoster roster = roster("staff1", "staff2");
        assertEquals("staff2", roster.find(" STAFF2").orElseThrow().getAccount());
        assertTrue(roster.find("staff3").isEmpty());
    }
}
