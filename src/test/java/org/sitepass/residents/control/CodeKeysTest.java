package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CodeKeysTest {

    private final KeyPair pair = OfflineCodePayloadsTest.pair();

    private CodeKeys keys(String id) {
        CodeKeys keys = new CodeKeys();
        keys.signingKey = id + ":" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        keys.verifyKeys = id + ":" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        return keys;
    }

    @Test
    void aKeyIdThePayloadsAllowIsTaken() {
        CodeKeys keys = keys("dev1");
        keys.readKeys();
        assertEquals("dev1", keys.keys().activeKeyId());
    }

    @Test
    void aKeyIdNoPayloadCouldCarryIsRefusedAtStartUp() {
        for (String id : new String[] {"Key1", "key_1", "k-1", "abcdefghijklmnopq"}) {
            assertThrows(IllegalStateException.class, keys(id)::readKeys, id);
        }
    }
}
