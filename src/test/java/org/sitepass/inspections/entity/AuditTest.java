package org.sitepass.inspections.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

/** An audit judges the whole checklist, and fails when any item fails. */
class AuditTest {

    @Test
    void oneFailingItemFailsTheAudit() {
        List<Finding> findings = all(Verdict.PASS);
        findings.set(3, new Finding(ChecklistItem.STAFF_CHECK_EVERYONE, Verdict.FAIL, "门岗未逐一查验"));
        assertEquals(AuditResult.FAIL, audit(findings).getResult());
        assertEquals(AuditResult.PASS, audit(all(Verdict.PASS)).getResult());
        assertEquals(AuditResult.PASS, audit(all(Verdict.NOT_APPLICABLE)).getResult());
    }

    @Test
    void aMissingOrRepeatedItemIsRefused() {
        List<Finding> missing = all(Verdict.PASS);
        missing.remove(0);
        assertThrows(InvalidInput.class, () -> audit(missing));
        List<Finding> repeated = all(Verdict.PASS);
        repeated.add(new Finding(ChecklistItem.RECORDS_KEPT, Verdict.FAIL, null));
        assertThrows(InvalidInput.class, () -> audit(repeated));
    }

    private static Audit audit(List<Finding> findings) {
        return new Audit(1, "310109", null, "inspector1", null, false, null, null, findings, Instant.EPOCH);
    }

    private static List<Finding> all(Verdict verdict) {
        return new ArrayList<>(Arrays.stream(ChecklistItem.values()).map(i -> new Finding(i, verdict, null))
                .toList());
    }
}
