package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeGrantsTest {

    @Test
    void theAuditTrailIsAppendOnlyForTheRuntimeAccount() {
        List<String> sql = RuntimeGrants.statements(Set.of("platform_audit_entry"), "app", List.of("%"));
        assertEquals(List.of("GRANT SELECT, INSERT ON `platform_audit_entry` TO 'app'@'%'",
                "REVOKE UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES, TRIGGER, CREATE VIEW, SHOW VIEW"
                        + " ON `platform_audit_entry` FROM 'app'@'%'"), sql);
        assertEquals(RuntimeGrants.APPEND, RuntimeGrants.PRIVILEGES.get("platform_audit_checkpoint"));
        assertEquals(RuntimeGrants.READ, RuntimeGrants.PRIVILEGES.get("platform_audit_chain_start"));
    }

    @Test
    void passRecordsAreNeverChangedButTheirDayPartitionsAreDropped() {
        assertEquals("SELECT, INSERT, ALTER, DROP", RuntimeGrants.PRIVILEGES.get("tracing_pass_record"));
        String revoked = RuntimeGrants.statements(Set.of("tracing_pass_record"), "app", List.of("%")).get(1);
        assertTrue(revoked.startsWith("REVOKE UPDATE, DELETE, CREATE, INDEX"), revoked);
    }

    @Test
    void everyHostOfTheAccountIsGrantedAndMissingTablesAreSkipped() {
        List<String> sql = RuntimeGrants.statements(Set.of("sites_venue", "not_listed_yet"), "app",
                List.of("localhost", " 127.0.0.1"));
        assertEquals(4, sql.size());
        assertTrue(sql.get(2).endsWith("TO 'app'@'127.0.0.1'"), sql.get(2));
    }

    @Test
    void accountNamesThatCouldInjectAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RuntimeGrants.statements(Set.of("sites_venue"), "app'@'%'; DROP", List.of("%")));
        assertThrows(IllegalArgumentException.class,
                () -> RuntimeGrants.statements(Set.of("sites_venue"), "app", List.of("")));
    }
}
