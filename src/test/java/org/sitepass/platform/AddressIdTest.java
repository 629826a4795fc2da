package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressIdTest {

    @Test
    void digitsNameARecord() {
        AddressId address = new AddressId();
        address.setParameter("42");
        assertEquals(42L, address.get());
        assertEquals("42", address.getParameter());
        assertTrue(address.given());
    }

    @Test
    void malformedTextAsksButNamesNothing() {
        AddressId address = new AddressId();
        address.setParameter("4x2");
        assertNull(address.get());
        assertTrue(address.given());
        assertEquals("4x2", address.getParameter());
    }

    @Test
    void noTextAsksForNothing() {
        AddressId address = new AddressId();
        assertFalse(address.given());
        address.setParameter("");
        assertFalse(address.given());
        assertNull(address.get());
    }

    @Test
    void aRecordMadeOnThePageBecomesItsOwn() {
        AddressId address = new AddressId();
        address.set(7);
        assertEquals(7L, address.get());
        assertEquals("7", address.getParameter());
    }
}
