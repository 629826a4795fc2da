package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
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
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.RelativeLink;
import org.sitepass.residents.entity.RelativeStatus;
import org.sitepass.residents.entity.Resident;

/**
 * Relative codes (亲属码): a holder applies for, lists and revokes the relatives whose codes their phone shows; a
 * district officer approves or refuses a request for a person of their district who cannot apply alone. Every
 * change, and every officer's read of a request, goes to the audit trail.
 */
@ApplicationScoped
@Transactional
public class Relatives {

    static final String REASON_COLUMN = "residents_relative.reason_sealed";
    static final String REFUSAL_COLUMN = "residents_relative.refusal_sealed";
    static final String OBJECT = "relative_link";
    static final String REVIEW_PURPOSE = "relative request review";
    /** The most pending requests one read returns, oldest first; a page at the limit says there are more. */
    public static final int PENDING_LIMIT = 200;
    /** Unmatched applications a holder account may make a day, so that nobody probes numbers and names. */
    public static final int UNMATCHED_PER_DAY = 10;
    static final String UNMATCHED = "RELATIVE_APPLICATION_UNMATCHED";
    private static final List<RelativeStatus> IN_FORCE = List.of(RelativeStatus.PENDING, RelativeStatus.ACTIVE);

    @PersistenceContext
    EntityManager em;

    @Inject
    HealthCodes healthCodes;

    @Inject
    Bindings bindings;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RelativeEntry> mine(Caller caller) {
        Resident me = bindings.me(caller);
        return em.createQuery("SELECT l FROM RelativeLink l WHERE l.holderId = :holder ORDER BY l.appliedAt DESC",
                        RelativeLink.class)
                .setParameter("holder", me.id()).getResultStream().map(this::entry).toList();
    }

    /** One of the caller's relatives, answered as missing when it is another holder's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RelativeLink> ofMine(Caller caller, long id) {
        Resident me = bindings.me(caller);
        return Optional.ofNullable(em.find(RelativeLink.class, id)).filter(link -> link.holderId() == me.id());
    }

    /** The relative's code for its holder's phone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CodeCard> code(Caller caller, long id, Instant now) {
        return ofMine(caller, id).map(link -> healthCodes.relative(link, now));
    }

    /**
     * Applies for a relative. The document and name must match the registry, refused alike when either does not, so
     * that the form tells nobody whether a number is registered; the unmatched attempt is audited. The limits are
     * counted while both people's registry rows are locked (in id order, so that two applications never wait on
     * each other): a second application for the same holder or relative waits, then counts the first. An account
     * with {@link #UNMATCHED_PER_DAY} unmatched applications today is refused (429) before its next is matched.
     */
    @Transactional(dontRollbackOn = {InvalidInput.class, RequestRefused.class})
    public RelativeEntry apply(Caller caller, RelativeForm form) {
        Resident me = bindings.me(caller);
        if (auditTrail.countBy(caller.name(), UNMATCHED, CityTime.startOf(LocalDate.now(CityTime.ZONE)))
                >= UNMATCHED_PER_DAY) {
            auditTrail.record(new AuditRecord("RELATIVE_APPLICATION_LIMIT_REACHED", ResidentRegistry.AUDIT_OBJECT,
                    me.reference().value(), AuditRecord.NO_PURPOSE, AuditOutcome.DENIED));
            throw RequestRefused.tooMany("relative",
                    ResidentsTexts.text("residents.relatives.refused.limit", UNMATCHED_PER_DAY));
        }
        Resident relative = registry.byDocumentAndName(form.document(), form.getName()).orElse(null);
        if (relative == null) {
            auditTrail.record(new AuditRecord(UNMATCHED, ResidentRegistry.AUDIT_OBJECT, me.reference().value(),
                    AuditRecord.NO_PURPOSE, AuditOutcome.DENIED));
            throw InvalidInput.of(DocumentNumber.FIELD, ResidentsTexts.text("residents.relatives.notFound"));
        }
        Instant now = CityTime.now();
        String reason = form.getReason() == null ? null : personalData.seal(form.getReason(), REASON_COLUMN);
        RelativeLink.Application application = new RelativeLink.Application(form.getGrounds(),
                relative.ageOn(LocalDate.ofInstant(now, CityTime.ZONE)), reason, form.isGuardianDeclared());
        List<InvalidInput.FieldProblem> problems = RelativeLink.problems(application);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RequestRefused.unless(me.id() != relative.id(),
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.self"));
        lockInOrder(me.id(), relative.id());
        RequestRefused.unless(!pairInForce(me.id(), relative.id()),
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.twice"));
        RequestRefused.unless(inForce("holderId", me.id()) < RelativeLink.MAX_PER_HOLDER,
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.holderLimit",
                        RelativeLink.MAX_PER_HOLDER));
        RequestRefused.unless(inForce("relativeId", relative.id()) < RelativeLink.MAX_HOLDERS,
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.relativeLimit",
                        RelativeLink.MAX_HOLDERS));
        RelativeLink link = RelativeLink.apply(ResidentRegistry.newReference(), me.id(), relative.id(), application,
                now);
        em.persist(link);
        em.flush();
        auditTrail.record(new AuditRecord("RELATIVE_APPLIED", OBJECT, String.valueOf(link.id()),
                link.grounds().name(), AuditOutcome.SUCCESS));
        return entry(link);
    }

    private void lockInOrder(long first, long second) {
        em.find(Resident.class, Math.min(first, second), LockModeType.PESSIMISTIC_WRITE);
        em.find(Resident.class, Math.max(first, second), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Links in force where the person is the holder or the relative, by the field named. */
    private long inForce(String role, long person) {
        return em.createQuery("SELECT COUNT(l) FROM RelativeLink l WHERE l." + role + " = :person"
                        + " AND l.status IN :inForce", Long.class)
                .setParameter("person", person).setParameter("inForce", IN_FORCE).getSingleResult();
    }

    private boolean pairInForce(long holder, long relative) {
        return em.createQuery("SELECT COUNT(l) FROM RelativeLink l WHERE l.holderId = :holder"
                        + " AND l.relativeId = :relative AND l.status IN :inForce", Long.class)
                .setParameter("holder", holder).setParameter("relative", relative)
                .setParameter("inForce", IN_FORCE).getSingleResult() > 0;
    }

    public Optional<RelativeEntry> revoke(Caller caller, long id) {
        Resident me = bindings.me(caller);
        return Optional.ofNullable(em.find(RelativeLink.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(link -> link.holderId() == me.id())
                .map(link -> {
                    link.revoke(CityTime.now());
                    auditTrail.record(AuditRecord.success("RELATIVE_REVOKED", OBJECT, String.valueOf(id)));
                    return entry(link);
                });
    }

    /** Pending requests for people of the officer's district; each one read is audited, as it opens a reason. */
    public List<RelativeRequest> pending(Caller officer) {
        officer.require(Roles.OFFICER);
        List<RelativeLink> links = em.createQuery("SELECT l FROM RelativeLink l, Resident r"
                        + " WHERE r.id = l.relativeId AND r.districtCode = :district AND l.status = :pending"
                        + " ORDER BY l.appliedAt", RelativeLink.class)
                .setParameter("district", ResidentRegistry.districtOf(officer))
                .setParameter("pending", RelativeStatus.PENDING)
                .setMaxResults(PENDING_LIMIT).getResultList();
        return links.stream().map(link -> {
            audit("RELATIVE_REQUEST_VIEWED", link, REVIEW_PURPOSE);
            return request(link);
        }).toList();
    }

    public Optional<RelativeRequest> approve(Caller officer, long id) {
        return inDistrict(officer, id).map(link -> {
            link.approve(officer.name(), CityTime.now());
            audit("RELATIVE_APPROVED", link, REVIEW_PURPOSE);
            return request(link);
        });
    }

    public Optional<RelativeRequest> refuse(Caller officer, long id, String reason) {
        return inDistrict(officer, id).map(link -> {
            link.refuse(officer.name(), personalData.seal(reason, REFUSAL_COLUMN), CityTime.now());
            audit("RELATIVE_REFUSED", link, REVIEW_PURPOSE);
            return request(link);
        });
    }

    /** A request of another district is answered as missing; the decision locks it, so two officers take turns. */
    private Optional<RelativeLink> inDistrict(Caller officer, long id) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(RelativeLink.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(link -> registry.ofDistrict(officer, link.relativeId()));
    }

    /** The link's entry, and its relative's, the person an officer reads of or decides about: "My data" shows it. */
    void audit(String action, RelativeLink link, String purpose) {
        auditTrail.record(AuditRecord.success(action, OBJECT, String.valueOf(link.id())).because(purpose));
        Resident relative = registry.byId(link.relativeId()).orElseThrow();
        auditTrail.record(AuditRecord.success(action, ResidentRegistry.AUDIT_OBJECT, relative.reference().value())
                .because(purpose));
    }

    private RelativeEntry entry(RelativeLink link) {
        Resident relative = registry.byId(link.relativeId()).orElseThrow();
        return new RelativeEntry(link.id(), registry.maskedName(relative), link.grounds(), link.status(),
                link.appliedAt(), link.guardianDeclaredAt().orElse(null), link.decidedAt().orElse(null),
                personalData.openIfPresent(link.refusalSealed(), REFUSAL_COLUMN));
    }

    private RelativeRequest request(RelativeLink link) {
        Resident relative = registry.byId(link.relativeId()).orElseThrow();
        Resident holder = registry.byId(link.holderId()).orElseThrow();
        return new RelativeRequest(link.id(), registry.maskedName(relative), link.grounds(),
                relative.ageOn(LocalDate.now(CityTime.ZONE)).orElse(null), relative.districtCode(),
                registry.maskedName(holder), personalData.openIfPresent(link.reasonSealed(), REASON_COLUMN),
                link.appliedAt());
    }
}
