package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.RelativeGrounds;
import org.sitepass.residents.entity.RelativeLink;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class RelativesTest {

    private static final Instant NOW = Instant.parse("2022-04-01T02:00:00Z");
    private static final ResidentRef MY_REF = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final Resident ME = Resident.register(MY_REF, DocumentType.RESIDENT_ID_CARD,
            new SealedIdentity("n", "ni", "name", null, null),
            new Resident.Particulars("310101", null, Sex.MALE, false), new SourceVersion("hc", "1", NOW), NOW);
    private static final Caller HOLDER = new Caller("resident1", Set.of(Roles.RESIDENT), null);

    /** An audit trail that says how many unmatched applications the holder made today. */
    static final class CountingTrail extends AuditTrail {
        final List<AuditRecord> records = new ArrayList<>();
        final long unmatchedToday;
        String countedActor;
        String countedAction;
        Instant countedSince;

        CountingTrail(long unmatchedToday) {
            this.unmatchedToday = unmatchedToday;
        }

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }

        @Override
        public long countBy(String actor, String action, Instant since) {
            countedActor = actor;
            countedAction = action;
            countedSince = since;
            return unmatchedToday;
        }
    }

    private static Relatives relatives(CountingTrail trail) {
        Relatives relatives = new Relatives();
        relatives.auditTrail = trail;
        relatives.bindings = new Bindings() {
            @Override
            public Resident me(Caller caller) {
                return ME;
            }
        };
        relatives.registry = new ResidentRegistry() {
            @Override
            public Optional<Resident> byDocument(DocumentNumber document) {
                return Optional.empty();
            }
        };
        return relatives;
    }

    private static RelativeForm someone() {
        RelativeForm form = new RelativeForm();
        form.setDocumentType(DocumentType.RESIDENT_ID_CARD.code());
        form.setDocumentNumber("11010519491231002X");
        form.setName("王小明");
        return form;
    }

    @Test
    void anUnmatchedApplicationUnderTheDailyLimitIsRefusedAsNotFoundAndCounted() {
        CountingTrail trail = new CountingTrail(Relatives.UNMATCHED_PER_DAY - 1);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> relatives(trail).apply(HOLDER, someone()));
        assertEquals(DocumentNumber.FIELD, refused.problems().get(0).field());
        assertEquals(List.of(new AuditRecord(Relatives.UNMATCHED, ResidentRegistry.AUDIT_OBJECT, MY_REF.value(),
                AuditRecord.NO_PURPOSE, AuditOutcome.DENIED)), trail.records);
        assertEquals(HOLDER.name(), trail.countedActor);
        assertEquals(Relatives.UNMATCHED, trail.countedAction);
        assertEquals(CityTime.startOf(LocalDate.now(CityTime.ZONE)), trail.countedSince);
    }

    @Test
    void anApplicationWithAnUnknownDocumentTypeNamesThatField() {
        RelativeForm form = someone();
        form.setDocumentType("99");
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> relatives(new CountingTrail(0)).apply(HOLDER, form));
        assertEquals(DocumentNumber.TYPE_FIELD, refused.problems().get(0).field());
    }

    @Test
    void anAccountOverTheDailyLimitIsRefusedBeforeAnyMatch() {
        CountingTrail trail = new CountingTrail(Relatives.UNMATCHED_PER_DAY);
        RequestRefused refused = assertThrows(RequestRefused.class, () -> relatives(trail).apply(HOLDER, someone()));
        assertEquals(RequestRefused.TOO_MANY, refused.status());
        assertEquals("urn:sitepass:problem:relative-attempts", refused.type());
        assertEquals("residents.relatives.refused.limit", refused.detail().key());
        assertEquals(List.of("RELATIVE_APPLICATION_LIMIT_REACHED"),
                trail.records.stream().map(AuditRecord::action).toList());
    }

    @Test
    void anOfficersReadOfARequestIsFiledUnderTheRelativeForMyData() {
        CountingTrail trail = new CountingTrail(0);
        Relatives relatives = relatives(trail);
        relatives.registry = new ResidentRegistry() {
            @Override
            public Optional<Resident> byId(long id) {
                return Optional.of(ME);
            }
        };
        RelativeLink link = RelativeLink.apply(new ResidentRef("LINKLINKLINKLINKLINK_-"), 1, 2,
                new RelativeLink.Application(RelativeGrounds.CHILD, Optional.of(5), null, true), NOW);
        stored(link, 7L);
        relatives.audit("RELATIVE_REQUEST_VIEWED", link, Relatives.REVIEW_PURPOSE);
        assertEquals(List.of(
                AuditRecord.success("RELATIVE_REQUEST_VIEWED", Relatives.OBJECT, "7").because(Relatives.REVIEW_PURPOSE),
                AuditRecord.success("RELATIVE_REQUEST_VIEWED", ResidentRegistry.AUDIT_OBJECT, MY_REF.value())
                        .because(Relatives.REVIEW_PURPOSE)), trail.records);
    }

    private static void stored(RelativeLink link, long id) {
        try {
            Field field = RelativeLink.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(link, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
