package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final Caller inspector = new Caller("inspector1", Set.of(Roles.INSPECTOR), "310109");

    @Test
    void aUseCaseLetsThroughWhoHoldsTheRole() {
        assertSame(inspector, inspector.require(Roles.INSPECTOR));
    }

    @Test
    void aUseCaseRefusesADistrictColleagueOfAnotherRole() {
        NotPermitted refused = assertThrows(NotPermitted.class, () -> inspector.require(Roles.OFFICER));
        assertEquals("requires role OFFICER", refused.getMessage());
    }
}
