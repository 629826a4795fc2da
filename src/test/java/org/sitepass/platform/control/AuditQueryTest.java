package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A purpose is searched by how it begins, so that a case's reference finds the lookups that add a reason to it. */
class AuditQueryTest {

    @Test
    void aPurposeMatchesWhatBeginsWithItAndItsWildcardsAreTakenLiterally() {
        assertEquals("TC-20261204-0001%", AuditQuery.prefix("TC-20261204-0001"));
        assertEquals("a\\_b\\%c\\\\%", AuditQuery.prefix("a_b%c\\"));
        assertNull(AuditQuery.prefix(null));
    }

    @Test
    void theShorterFormFiltersNeitherByObjectIdNorByPurpose() {
        AuditQuery query = new AuditQuery("tracer1", null, "tracing_case", null, null, 0, 50);
        assertNull(query.objectId());
        assertNull(query.purpose());
        assertEquals("tracing_case", query.objectType());
    }
}
