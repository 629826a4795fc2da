package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class OfflineCodesTest {

    private static final Instant NOW = Instant.parse("2022-04-01T02:00:00Z");
    private static final ResidentRef REF = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final String NAME = "王小明";
    private static final Resident PERSON = Resident.register(REF, DocumentType.RESIDENT_ID_CARD,
            new SealedIdentity("n", "ni", "name", null, null),
            new Resident.Particulars("310101", null, Sex.MALE, false), new SourceVersion("hc", "1", NOW), NOW);
    private static final Caller OFFICER_310101 = new Caller("officer1", Set.of(Roles.OFFICER), "310101");
    private static final Caller OFFICER_310115 = new Caller("officer2", Set.of(Roles.OFFICER), "310115");

    static final class RecordedTrail extends AuditTrail {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }
    }

    /** A registry holding {@link #PERSON} under any valid document, whose name is {@link #NAME}. */
    static final class OnePersonRegistry extends ResidentRegistry {
        @Override
        public Optional<Resident> byDocument(DocumentNumber document) {
            return Optional.of(PERSON);
        }

        @Override
        public boolean nameMatches(Resident resident, String name) {
            return NAME.equals(name);
        }
    }

    private final RecordedTrail trail = new RecordedTrail();
    private final OfflineCodes codes = new OfflineCodes();

    OfflineCodesTest() {
        codes.registry = new OnePersonRegistry();
        codes.auditTrail = trail;
    }

    private static PersonDocumentForm person(String name) {
        PersonDocumentForm form = new PersonDocumentForm();
        form.setDocumentType(DocumentType.RESIDENT_ID_CARD.code());
        form.setDocumentNumber("11010519491231002X");
        form.setName(name);
        return form;
    }

    @Test
    void onlyAnOfficerScans() {
        Caller resident = new Caller("resident1", Set.of(Roles.RESIDENT), null);
        assertThrows(NotPermitted.class, () -> codes.scan(resident, "OC1.x"));
    }

    @Test
    void aPersonOfAnotherDistrictIsAnsweredAsAnUnknownOne() {
        RequestRefused unknown = assertThrows(RequestRefused.class,
                () -> codes.atCounter(OFFICER_310101, person("李四")));
        RequestRefused elsewhere = assertThrows(RequestRefused.class,
                () -> codes.atCounter(OFFICER_310115, person(NAME)));
        assertEquals(RequestRefused.UNPROCESSABLE, elsewhere.status());
        assertEquals(unknown.status(), elsewhere.status());
        assertEquals(unknown.type(), elsewhere.type());
        assertEquals(unknown.detail().key(), elsewhere.detail().key());
        assertTrue(trail.records.isEmpty(), "nobody was read");
    }

    @Test
    void theReadAtTheCounterIsFiledUnderThePersonsReferenceForMyData() {
        assertSame(PERSON, codes.atCounter(OFFICER_310101, person(NAME)));
        assertEquals(List.of(new AuditRecord("RESIDENT_READ", ResidentRegistry.AUDIT_OBJECT, REF.value(),
                OfflineCodes.PURPOSE_SERVICE, AuditOutcome.SUCCESS)), trail.records);
    }
}
