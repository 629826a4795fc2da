package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.control.BlindIndex;

class CheckKeyTest {

    /** The platform's blind index under a test key, as the app hashes a check. */
    static final UnaryOperator<String> KEYED = keyed((byte) 1);

    static UnaryOperator<String> keyed(byte keyByte) {
        byte[] key = new byte[32];
        Arrays.fill(key, keyByte);
        BlindIndex index = new BlindIndex(new SecretKeySpec(key, "HmacSHA256"));
        return text -> index.of(text, "tracing.entry-check");
    }

    /** Without the key, a stored hash cannot be matched by trying every ID number of a birth date. */
    @Test
    void theHashNeedsTheKey() {
        EntryCheckForm checked = card(1, "11010519491231002X", "张三");
        assertFalse(CheckKey.of(3, checked, KEYED).sameCheck(CheckKey.of(3, checked, keyed((byte) 2)).digest()));
    }

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
        assertTrue(CheckKey.of(3, first, KEYED).sameCheck(CheckKey.of(3, again, KEYED).digest()));
        assertTrue(CheckKey.of(3, card(1, "11010519491231002x", "张三"), KEYED)
                .sameCheck(CheckKey.of(3, card(1, "11010519491231002X", "张三 "), KEYED).digest()));
    }

    @Test
    void anotherCheckUnderTheSameSequenceHasAnotherDigest() {
        CheckKey first = CheckKey.of(3, check(7, "2026-12-04T08:00:00Z", "HC1.abc"), KEYED);
        assertFalse(first.sameCheck(CheckKey.of(3, check(7, "2026-12-04T08:00:01Z", "HC1.abc"), KEYED).digest()));
        assertFalse(first.sameCheck(CheckKey.of(3, check(7, "2026-12-04T08:00:00Z", "HC1.abd"), KEYED).digest()));
        EntryCheckForm warmer = check(7, "2026-12-04T08:00:00Z", "HC1.abc");
        warmer.setTemperature(new BigDecimal("38.0"));
        assertFalse(first.sameCheck(CheckKey.of(3, warmer, KEYED).digest()));
    }

    @Test
    void noValueCanPassForItsNeighbour() {
        EntryCheckForm entranceA = check(7, "2026-12-04T08:00:00Z", "X");
        entranceA.setEntrance("East");
        EntryCheckForm entranceB = check(7, "2026-12-04T08:00:00Z", "X");
        entranceB.setEntrance("East\npayload:1:X");
        assertFalse(CheckKey.of(3, entranceA, KEYED).sameCheck(CheckKey.of(3, entranceB, KEYED).digest()));
        assertFalse(CheckKey.of(3, card(1, "1101", "05张三"), KEYED)
                .sameCheck(CheckKey.of(3, card(1, "110105", "张三"), KEYED)
                .digest()));
    }

    @Test
    void theKeyIsTheDeviceAndItsSequence() {
        CheckKey key = CheckKey.of(3, check(7, "2026-12-04T08:00:00Z", "HC1.abc"), KEYED);
        assertEquals(new CheckKey.Slot(3, 7), key.slot());
        assertFalse(key.sameCheck(CheckKey.of(4, check(7, "2026-12-04T08:00:00Z", "HC1.abc"), KEYED).digest()),
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
