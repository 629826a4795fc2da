package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyListTest {

    @Test
    void readsKeysByIdInTheOrderListed() {
        Map<String, byte[]> keys = KeyList.parse("setting", "k2:AQI=, k1:AwQ=");
        assertEquals(List.of("k2", "k1"), List.copyOf(keys.keySet()));
        assertArrayEquals(new byte[] {1, 2}, keys.get("k2"));
    }

    @Test
    void refusesMalformedListsNamingTheSettingNeverTheKey() {
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
                () -> KeyList.parse("sitepass.audit.chain-keys", "AQI="));
        assertTrue(noId.getMessage().contains("sitepass.audit.chain-keys"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> KeyList.parse("s", "k1:AQI=,k1:AwQ="));
        assertFalse(twice.getMessage().contains("AQI="));
        assertThrows(IllegalArgumentException.class, () -> KeyList.parse("s", null));
        assertThrows(IllegalArgumentException.class, () -> KeyList.single("s", "k1:AQI=,k2:AwQ="));
    }
}
