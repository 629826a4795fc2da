package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CheckKeyTest {

    static EntryCheckForm check(long sequence, String clock, String payload) {
        EntryCheckForm form = new EntryCheckForm();
        form.setSequence(sequence);
        form.setDeviceClock(clock);
        form.setPayload(payload);
        return form;
    }

    static EntryCheckForm card(long sequence, String number, String name) {
        EntryCheckForm form = check(sequence, "2026-12-04T08:00:00Z", null);
        IdCardForm card = new IdCardForm();
        card.setNumber(number);
        card.setName(name);
        form.setIdCard(card);
        return form;
    }

    @Test
    void theSameCheckWrittenAnotherWayHasTheSameDigest() {
        EntryCheckForm first = check(7, "2026-12-04T08:00:00Z", "HC1.abc");
        first.setTemperature(new BigDecimal("36.5"));
        EntryCheckForm again = check(7, "2026-12-04T08:00:00.000Z", " HC1.abc ");
        again.setTemperature(new BigDecimal("36.50"));
        assertTrue(CheckKey.of(3, first).sameCheck(CheckKey.of(3, again).digest()));
        assertTrue(CheckKey.of(3, card(1, "11010519491231002x", "张三"))
                .sameCheck(CheckKey.of(3, card(1, "11010519491231002X", "张三 ")).digest()));
    }

    @Test
    void anotherCheckUnderTheSameSequenceHasAnotherDigest() {
        CheckKey first = CheckKey.of(3, check(7, "2026-12-04T08:00:00Z", "HC1.abc"));
        assertFalse(first.sameCheck(CheckKey.of(3, check(7, "2026-12-04T08:00:01Z", "HC1.abc")).digest()));
        assertFalse(first.sameCheck(CheckKey.of(3, check(7, "2026-12-04T08:00:00Z", "HC1.abd")).digest()));
        EntryCheckForm warmer = check(7, "2026-12-04T08:00:00Z", "HC1.abc");
        warmer.setTemperature(new BigDecimal("38.0"));
        assertFalse(first.sameCheck(CheckKey.of(3, warmer).digest()));
    }

    @Test
    void noValueCanPassForItsNeighbour() {
        EntryCheckForm entranceA = check(7, "2026-12-04T08:00:00Z", "X");
        entranceA.setEntrance("East");
        EntryCheckForm entranceB = check(7, "2026-12-04T08:00:00Z", "X");
        entranceB.setEntrance("East\npayload:1:X");
        assertFalse(CheckKey.of(3, entranceA).sameCheck(CheckKey.of(3, entranceB).digest()));
        assertFalse(CheckKey.of(3, card(1, "1101", "05张三")).sameCheck(CheckKey.of(3, card(1, "110105", "张三"))
                .digest()));
    }

    @Test
    void theKeyIsTheDeviceAndItsSequence() {
        CheckKey key = CheckKey.of(3, check(7, "2026-12-04T08:00:00Z", "HC1.abc"));
        assertEquals(new CheckKey.Slot(3, 7), key.slot());
        assertFalse(key.sameCheck(CheckKey.of(4, check(7, "2026-12-04T08:00:00Z", "HC1.abc")).digest()),
                "the same card at another door is another check");
        assertEquals(32, key.digest().length);
    }

    @Test
    void theCanonicalFormNamesEachPartWithItsLength() {
        EntryCheckForm form = check(7, "2026-12-04T08:00:00.500Z", "HC1.abc");
        form.setTemperature(new BigDecimal("37.00"));
        assertEquals("entry-check/1\ndevice:1:3\nsequence:1:7\ndeviceClock:24:2026-12-04T08:00:00.500Z\nentrance"
                + "\ntemperature:2:37\npayload:7:HC1.abc\nidNumber\nidName", CheckKey.canonical(3, form));
    }
}
