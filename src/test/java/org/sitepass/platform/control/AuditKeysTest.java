package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AuditKeysTest {

    private final Map<String, SecretKey> chain = CryptoKeys.hmacKeys(AuditKeys.CHAIN_KEYS,
            "2025a:" + FieldCipherTest.base64Key(1) + ",2026a:" + FieldCipherTest.base64Key(2));

    @Test
    void newEntriesUseTheActiveKeyWhileOldKeysStayListedForVerification() {
        assertEquals("2026a", AuditKeys.activeKey(chain, "2026a").id());
        assertTrue(chain.containsKey("2025a"));
        assertEquals("HmacSHA256", chain.get("2025a").getAlgorithm());
    }

    @Test
    void anActiveKeyThatIsNotListedStopsTheDeployment() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> AuditKeys.activeKey(chain, "2027a"));
        assertTrue(missing.getMessage().contains(AuditKeys.CHAIN_ACTIVE_KEY));
        assertThrows(IllegalArgumentException.class, () -> CryptoKeys.hmacKeys(AuditKeys.CHAIN_KEYS, "k1:AQI="));
    }
}
