package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.Colour;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.Appeal;
import org.sitepass.residents.entity.AppealStatus;
import org.sitepass.residents.entity.AppealSubject;
import org.sitepass.residents.entity.ColourChange;
import org.sitepass.residents.entity.NatTest;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SourceVersion;

/**
 * Appeals against a colour or a nucleic-acid test (the correction interface of GB/T 38963): a resident files one
 * against their own record; an officer of the resident's district opens (audited), upholds or dismisses it. Upholding
 * a colour appeal records a green colour change from {@value Appeal#CORRECTION_SOURCE}, effective at once, so the
 * history shows it; upholding a test appeal voids the test, so nothing counts it any more. A colour appeal contests
 * only the colour in force: the correction replaces whatever is in force, so it must still be the contested one.
 */
@ApplicationScoped
@Transactional
public class Appeals {

    static final String RECORD_FIELD = "recordId";

    @PersistenceContext
    EntityManager em;

    @Inject
    Bindings bindings;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    @Inject
    HealthRecords records;

    /** Files an appeal against one of the caller's own records; empty when the account is not bound. */
    public Optional<AppealView> file(Caller resident, AppealForm form) {
        resident.require(Roles.RESIDENT);
        return bindings.residentOf(resident.name()).map(me -> {
            if (contested(form.getSubject(), form.getRecordId()).filter(r -> r.residentId() == me.id()).isEmpty()) {
                throw InvalidInput.of(RECORD_FIELD, ResidentsTexts.text("residents.appeal.unknownRecord"));
            }
            if (form.getSubject() == AppealSubject.COLOUR_CHANGE
                    && !colourInForce(me.id(), form.getRecordId(), CityTime.now())) {
                throw InvalidInput.of(RECORD_FIELD, ResidentsTexts.text("residents.appeal.colourNotInForce"));
            }
            RequestRefused.unless(em.createQuery("SELECT COUNT(a) FROM Appeal a WHERE a.subject = :subject"
                                    + " AND a.recordId = :record AND a.status = :open", Long.class)
                            .setParameter("subject", form.getSubject()).setParameter("record", form.getRecordId())
                            .setParameter("open", AppealStatus.OPEN).getSingleResult() == 0,
                    () -> ResidentsTexts.conflict("appeal", "residents.appeal.refused.pending"));
            Appeal appeal = Appeal.file(me.id(), form.getSubject(), form.getRecordId(),
                    personalData.seal(form.getReason(), ResidentsSealedColumns.APPEAL_REASON), resident.name(),
                    CityTime.now());
            em.persist(appeal);
            em.flush();
            auditTrail.record(new AuditRecord("RESIDENT_APPEAL_FILED", ResidentRegistry.AUDIT_OBJECT,
                    me.reference().value(), purpose(appeal), AuditOutcome.SUCCESS));
            return view(appeal, null);
        });
    }

    /** The caller's own appeals, newest first; empty when the account is not bound. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<AppealView>> mine(Caller resident) {
        resident.require(Roles.RESIDENT);
        return bindings.residentOf(resident.name()).map(me -> em.createQuery(
                        "SELECT a FROM Appeal a WHERE a.residentId = :resident ORDER BY a.filedAt DESC", Appeal.class)
                .setParameter("resident", me.id()).getResultStream().map(appeal -> view(appeal, null)).toList());
    }

    /** The open appeals of the officer's district, oldest first: who waits longest is decided first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppealQueueEntry> queue(Caller officer, int first, int size) {
        officer.require(Roles.OFFICER);
        return em.createQuery("SELECT a FROM Appeal a, Resident r WHERE r.id = a.residentId"
                        + " AND r.districtCode = :district AND a.status = :open ORDER BY a.filedAt, a.id", Appeal.class)
                .setParameter("district", ResidentRegistry.districtOf(officer)).setParameter("open", AppealStatus.OPEN)
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(a -> new AppealQueueEntry(a.id(), a.subject(), a.filedAt())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller officer) {
        officer.require(Roles.OFFICER);
        return em.createQuery("SELECT COUNT(a) FROM Appeal a, Resident r WHERE r.id = a.residentId"
                        + " AND r.districtCode = :district AND a.status = :open", Long.class)
                .setParameter("district", ResidentRegistry.districtOf(officer)).setParameter("open", AppealStatus.OPEN)
                .getSingleResult();
    }

    /** One appeal with the contested record and the masked name, for an officer of the district; audited. */
    public Optional<AppealView> open(Caller officer, long id) {
        return ofDistrict(officer, id, LockModeType.NONE).map(found -> {
            auditTrail.record(new AuditRecord("RESIDENT_APPEAL_VIEWED", ResidentRegistry.AUDIT_OBJECT,
                    found.resident().reference().value(), purpose(found.appeal()), AuditOutcome.SUCCESS));
            return view(found.appeal(), registry.maskedName(found.resident()));
        });
    }

    public Optional<AppealView> uphold(Caller officer, long id, String decision) {
        return ofDistrict(officer, id, LockModeType.PESSIMISTIC_WRITE).map(found -> {
            Appeal appeal = found.appeal();
            Instant now = CityTime.now();
            String sealed = personalData.seal(decision, ResidentsSealedColumns.APPEAL_DECISION);
            // a decided appeal refuses this, and the rollback takes the correction with it
            appeal.uphold(officer.name(), sealed, correct(appeal, decision, now), now);
            auditTrail.record(new AuditRecord("RESIDENT_APPEAL_UPHELD", ResidentRegistry.AUDIT_OBJECT,
                    found.resident().reference().value(), purpose(appeal), AuditOutcome.SUCCESS));
            return view(appeal, registry.maskedName(found.resident()));
        });
    }

    public Optional<AppealView> dismiss(Caller officer, long id, String decision) {
        return ofDistrict(officer, id, LockModeType.PESSIMISTIC_WRITE).map(found -> {
            Appeal appeal = found.appeal();
            appeal.dismiss(officer.name(), personalData.seal(decision, ResidentsSealedColumns.APPEAL_DECISION),
                    CityTime.now());
            auditTrail.record(new AuditRecord("RESIDENT_APPEAL_DISMISSED", ResidentRegistry.AUDIT_OBJECT,
                    found.resident().reference().value(), purpose(appeal), AuditOutcome.SUCCESS));
            return view(appeal, registry.maskedName(found.resident()));
        });
    }

    /** Applies what upholding means for the contested record; answers what it did, for the appeal to keep. */
    private String correct(Appeal appeal, String decision, Instant now) {
        if (appeal.subject() == AppealSubject.COLOUR_CHANGE) {
            RequestRefused.unless(colourInForce(appeal.residentId(), appeal.recordId(), now),
                    () -> ResidentsTexts.conflict("appeal", "residents.appeal.refused.colourChanged"));
            ColourChange green = new ColourChange(appeal.residentId(),
                    new SourceVersion(Appeal.CORRECTION_SOURCE, "appeal-" + appeal.id(), now),
                    new ColourChange.Facts(Colour.GREEN, Appeal.CORRECTION_REASON_CODE,
                            personalData.seal(decision, ResidentsSealedColumns.COLOUR_REASON), now), now);
            em.persist(green);
            em.flush();
            return "colour_change:" + green.id();
        }
        NatTest test = em.find(NatTest.class, appeal.recordId(), LockModeType.PESSIMISTIC_WRITE);
        test.voidBy(appeal.id(), now);
        return "nat_test_void:" + test.id();
    }

    /** Whether the colour change is the one in force for the resident, the one a correction would replace. */
    private boolean colourInForce(long residentId, long colourChangeId, Instant now) {
        return records.colourChange(residentId, now).filter(c -> c.id() == colourChangeId).isPresent();
    }

    private record Found(Appeal appeal, Resident resident) {
    }

    /** Another district's appeal is answered as missing, like an unknown one. */
    private Optional<Found> ofDistrict(Caller officer, long id, LockModeType lock) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Appeal.class, id, lock))
                .map(appeal -> new Found(appeal, em.find(Resident.class, appeal.residentId())))
                .filter(found -> ResidentRegistry.ofDistrict(officer, found.resident()));
    }

    private Optional<? extends RecordOfResident> contested(AppealSubject subject, long recordId) {
        return switch (subject) {
            case COLOUR_CHANGE -> Optional.ofNullable(em.find(ColourChange.class, recordId))
                    .map(c -> new RecordOfResident(c.residentId(), c.colour() + " · " + c.reasonCode(),
                            c.effectiveAt()));
            case NAT_TEST -> Optional.ofNullable(em.find(NatTest.class, recordId))
                    .map(t -> new RecordOfResident(t.residentId(), t.result().name(), t.sampledAt()));
        };
    }

    private record RecordOfResident(long residentId, String says, Instant at) {
    }

    private AppealView view(Appeal appeal, String person) {
        Optional<? extends RecordOfResident> record = contested(appeal.subject(), appeal.recordId());
        return new AppealView(appeal.id(), appeal.subject(), appeal.recordId(), person,
                record.map(RecordOfResident::says).orElse(null), record.map(RecordOfResident::at).orElse(null),
                personalData.open(appeal.reasonSealed(), ResidentsSealedColumns.APPEAL_REASON), appeal.filedAt(),
                appeal.status(), appeal.decidedBy(), appeal.decidedAt(),
                personalData.openIfPresent(appeal.decisionSealed(), ResidentsSealedColumns.APPEAL_DECISION),
                appeal.correction());
    }

    private static String purpose(Appeal appeal) {
        return "appeal " + appeal.id();
    }
}
