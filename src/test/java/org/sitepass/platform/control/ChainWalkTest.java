package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.entity.AuditChainHead;
import org.sitepass.platform.entity.AuditEntry;
import org.sitepass.platform.entity.AuditFacts;

class ChainWalkTest {

    private AuditChainHead head;
    private final List<AuditEntry> chain = new ArrayList<>();

    @BeforeEach
    void fiveLinks() {
        head = AuditChainHead.genesis();
        for (int i = 1; i <= 5; i++) {
            chain.add(head.append(new AuditFacts("officer1", "OFFICER", "SITE_CODE_APPROVED", "site_code",
                    "SC-" + i, "-", AuditOutcome.SUCCESS, "10.0.0." + i), Instant.parse("2026-11-21T08:00:00Z")));
        }
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerification verification = walk(chain);
        assertTrue(verification.intact());
        assertEquals(5, verification.checked());
        assertNull(verification.firstBrokenId());
    }

    @Test
    void anAlteredFieldIsFoundAtItsRow() throws Exception {
        alter(chain.get(2), "objectId", "SC-999");
        assertBroken(walk(chain), 3, AuditVerification.Breach.ENTRY_ALTERED, 2);
    }

    @Test
    void aRowRehashedAfterAlterationBreaksTheNextLink() throws Exception {
        AuditEntry third = chain.get(2);
        alter(third, "actor", "someone-else");
        alter(third, "entryHash", third.computeHash());
        assertBroken(walk(chain), 4, AuditVerification.Breach.LINK_BROKEN, 3);
    }

    @Test
    void aRemovedRowIsReportedMissing() {
        chain.remove(1);
        assertBroken(walk(chain), 2, AuditVerification.Breach.ENTRY_MISSING, 1);
    }

    @Test
    void removingTheNewestRowsIsNoticedThroughTheHead() {
        chain.remove(4);
        assertBroken(walk(chain), 5, AuditVerification.Breach.ENTRY_MISSING, 4);
    }

    @Test
    void theFirstLinkPointsAtTheGenesisHash() {
        assertTrue(chain.get(0).followsHash(AuditChainHead.GENESIS_HASH));
        assertEquals(chain.get(0).getEntryHash(), chain.get(1).getPreviousHash());
    }

    private AuditVerification walk(List<AuditEntry> rows) {
        ChainWalk walk = new ChainWalk();
        rows.forEach(walk::visit);
        return walk.endAt(head);
    }

    private static void assertBroken(AuditVerification verification, long id, AuditVerification.Breach breach,
                                     long checked) {
        assertFalse(verification.intact());
        assertEquals(id, verification.firstBrokenId());
        assertEquals(breach, verification.breach());
        assertEquals(checked, verification.checked());
    }

    /** What someone with write access to the table could do. */
    private static void alter(AuditEntry entry, String field, String value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}
