package org.sitepass.inspections.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

/** An inspection judges the whole checklist, and fails when any item fails. */
class InspectionTest {

    @Test
    void oneFailingItemFailsTheInspection() {
        List<Finding> findings = all(Verdict.PASS);
        findings.set(3, new Finding(ChecklistItem.STAFF_CHECK_EVERYONE, Verdict.FAIL, "门岗未逐一查验"));
        assertEquals(InspectionResult.FAIL, inspection(findings).getResult());
        assertEquals(InspectionResult.PASS, inspection(all(Verdict.PASS)).getResult());
        assertEquals(InspectionResult.PASS, inspection(all(Verdict.NOT_APPLICABLE)).getResult());
    }

    @Test
    void aMissingOrRepeatedItemIsRefused() {
        List<Finding> missing = all(Verdict.PASS);
        missing.remove(0);
        assertThrows(InvalidInput.class, () -> inspection(missing));
        List<Finding> repeated = all(Verdict.PASS);
        repeated.add(new Finding(ChecklistItem.RECORDS_KEPT, Verdict.FAIL, null));
        assertThrows(InvalidInput.class, () -> inspection(repeated));
    }

    private static Inspection inspection(List<Finding> findings) {
        return new Inspection(1, "310109", null, "inspector1", null, false, null, null, findings, Instant.EPOCH);
    }

    private static List<Finding> all(Verdict verdict) {
        return new ArrayList<>(Arrays.stream(ChecklistItem.values()).map(i -> new Finding(i, verdict, null))
                .toList());
    }
}
