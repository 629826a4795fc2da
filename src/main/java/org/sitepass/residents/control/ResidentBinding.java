package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.Binding;
import org.sitepass.residents.entity.BindingChallenge;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.Resident;

/**
 * Binds a resident account to the resident it speaks for: the real-name check (document and name against the
 * registry), then a one-time code sent to the registry's mobile. A failed check, a wrong code and an exhausted day
 * are refused after what they count is stored, so their refusals do not roll the count back. Whether a number is
 * registered and whether the name is wrong are told in one and the same refusal.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = RequestRefused.class)
public class ResidentBinding {

    public static final int CHALLENGES_PER_DAY = 5;
    static final String CHALLENGE = "residents_binding_challenge";

    @PersistenceContext
    EntityManager em;

    @Inject
    ResidentRegistry registry;

    @Inject
    Bindings bindings;

    @Inject
    OneTimeCodes codes;

    @Inject
    OneTimeCodeSender sender;

    @Inject
    AuditTrail auditTrail;

    /** The caller's binding, or how many attempts to bind are left today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BindingState state(Caller resident) {
        resident.require(Roles.RESIDENT);
        return bindings.inForce(resident.name())
                .map(binding -> {
                    Resident me = em.find(Resident.class, binding.residentId());
                    return new BindingState(true, binding.boundAt(), registry.nameOf(me),
                            registry.maskedNumber(me), me.districtCode(), 0);
                })
                .orElseGet(() -> new BindingState(false, null, null, null, null,
                        Math.max(0, CHALLENGES_PER_DAY - challengesToday(resident.name(), LockModeType.NONE))));
    }

    /** Checks the document and name and, when they match a resident with a mobile, sends a code there. */
    public ChallengeStarted start(Caller resident, BindingRequest request, Locale language) {
        resident.require(Roles.RESIDENT);
        String account = resident.name();
        RequestRefused.unless(bindings.inForce(account).isEmpty(),
                () -> ResidentsTexts.conflict("binding", "residents.binding.refused.accountBound"));
        DocumentNumber document = request.document();
        Instant now = CityTime.now();
        // The account has no row of its own to lock (it lives in Keycloak, and a first attempt has no challenge yet),
        // so the resident named is locked: parallel attempts for one person take turns, and the count, a locking read,
        // sees the challenges of those before. Attempts naming different people meet at the count's locks instead.
        Optional<Resident> named = registry.byDocument(document);
        named.ifPresent(person -> em.lock(person, LockModeType.PESSIMISTIC_WRITE));
        if (challengesToday(account, LockModeType.PESSIMISTIC_WRITE) >= CHALLENGES_PER_DAY) {
            auditTrail.record(new AuditRecord("RESIDENT_BINDING_LIMIT_REACHED", "residents_binding", account,
                    AuditRecord.NO_PURPOSE, AuditOutcome.DENIED));
            throw RequestRefused.tooMany("binding",
                    ResidentsTexts.text("residents.binding.refused.limit", CHALLENGES_PER_DAY));
        }
        ResidentRef reference = ResidentRegistry.newReference();
        Optional<Resident> found = named.filter(candidate -> registry.nameMatches(candidate, request.getName()));
        Optional<String> mobile = found.flatMap(registry::mobileOf);
        if (mobile.isEmpty()) {
            em.persist(BindingChallenge.refused(reference, account, now));
            auditTrail.record(new AuditRecord("RESIDENT_BINDING_CHECK_FAILED", CHALLENGE, reference.value(),
                    AuditRecord.NO_PURPOSE, AuditOutcome.DENIED));
            throw found.isEmpty()
                    ? new RequestRefused(RequestRefused.UNPROCESSABLE, "urn:sitepass:problem:binding-not-matched",
                            ResidentsTexts.text("residents.binding.refused.notMatched"))
                    : new RequestRefused(RequestRefused.UNPROCESSABLE, "urn:sitepass:problem:binding-no-mobile",
                            ResidentsTexts.text("residents.binding.refused.noMobile"));
        }
        Resident person = found.orElseThrow();
        refuseIfBound(person);
        String code = codes.newCode();
        BindingChallenge challenge = BindingChallenge.sent(reference, account, person.id(),
                codes.hash(reference, code), now);
        em.persist(challenge);
        sender.send(mobile.get(), ResidentsTexts.text("residents.binding.sms", code,
                BindingChallenge.VALIDITY.toMinutes()).in(language));
        auditTrail.record(AuditRecord.success("RESIDENT_BINDING_CODE_SENT", ResidentRegistry.AUDIT_OBJECT,
                person.reference().value()));
        return new ChallengeStarted(reference.value(), registry.maskedMobile(person).orElseThrow(),
                challenge.expiresAt(), challenge.attemptsLeft());
    }

    /**
     * Takes the code of one of the caller's challenges; the right one binds the account. Another account's challenge
     * is answered like one that does not exist.
     */
    public Optional<BindingState> confirm(Caller resident, String challengeReference, String code) {
        resident.require(Roles.RESIDENT);
        if (!ResidentRef.isWellFormed(challengeReference)) {
            return Optional.empty();
        }
        Optional<BindingChallenge> found = em.createQuery("SELECT c FROM BindingChallenge c"
                        + " WHERE c.reference = :reference AND c.account = :account", BindingChallenge.class)
                .setParameter("reference", challengeReference).setParameter("account", resident.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BindingChallenge challenge = found.get();
        Instant now = CityTime.now();
        // refused before the code is taken, so that the refusal, which commits, leaves the challenge as it was
        Resident person = em.find(Resident.class, challenge.residentId());
        RequestRefused.unless(bindings.inForce(resident.name()).isEmpty(),
                () -> ResidentsTexts.conflict("binding", "residents.binding.refused.accountBound"));
        refuseIfBound(person);
        String entered = OneTimeCodes.isWellFormed(code) ? codes.hash(challenge.reference(), code) : "";
        BindingChallenge.Entry entry = challenge.enter(entered, now);
        if (entry != BindingChallenge.Entry.CONFIRMED) {
            auditTrail.record(new AuditRecord("RESIDENT_BINDING_CODE_WRONG", CHALLENGE, challengeReference,
                    AuditRecord.NO_PURPOSE, AuditOutcome.DENIED));
            throw new RequestRefused(RequestRefused.UNPROCESSABLE, "urn:sitepass:problem:binding-code-wrong",
                    entry == BindingChallenge.Entry.EXHAUSTED
                            ? ResidentsTexts.text("residents.binding.refused.exhausted")
                            : ResidentsTexts.text("residents.binding.refused.wrongCode", challenge.attemptsLeft()));
        }
        em.persist(Binding.bind(resident.name(), person.id(), now));
        em.flush();
        auditTrail.record(AuditRecord.success("RESIDENT_BOUND", ResidentRegistry.AUDIT_OBJECT,
                person.reference().value()));
        return Optional.of(state(resident));
    }

    /** An officer's look-up of a resident of their district by document, audited with its purpose. */
    @Transactional
    public Optional<ResidentBindings> lookUp(Caller officer, BindingLookup lookup) {
        officer.require(Roles.OFFICER);
        return registry.byDocument(lookup.document())
                .filter(person -> ResidentRegistry.ofDistrict(officer, person))
                .map(person -> {
                    auditTrail.record(AuditRecord.success("RESIDENT_BINDINGS_READ", ResidentRegistry.AUDIT_OBJECT,
                            person.reference().value()).because(lookup.getPurpose()));
                    return new ResidentBindings(registry.maskedName(person), registry.maskedNumber(person),
                            person.districtCode(), em.createQuery("SELECT b FROM Binding b"
                                    + " WHERE b.residentId = :resident ORDER BY b.boundAt DESC", Binding.class)
                            .setParameter("resident", person.id()).getResultStream()
                            .map(BindingRecord::of).toList());
                });
    }

    /**
     * Undoes a wrong binding, by an officer of the resident's district (another district's binding is answered as
     * missing); the account may then bind again.
     */
    @Transactional
    public Optional<BindingRecord> undo(Caller officer, long bindingId, String reason) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Binding.class, bindingId, LockModeType.PESSIMISTIC_WRITE))
                .filter(binding -> registry.ofDistrict(officer, binding.residentId()))
                .map(binding -> {
                    Resident person = em.find(Resident.class, binding.residentId());
                    binding.undo(officer.name(), reason, CityTime.now());
                    auditTrail.record(new AuditRecord("RESIDENT_BINDING_UNDONE", ResidentRegistry.AUDIT_OBJECT,
                            person.reference().value(), AuditPurposes.fit(reason), AuditOutcome.SUCCESS));
                    return BindingRecord.of(binding);
                });
    }

    /** A resident speaks through one account at a time; a wrong binding is undone by an officer first. */
    private void refuseIfBound(Resident person) {
        RequestRefused.unless(em.createQuery("SELECT COUNT(b) FROM Binding b WHERE b.residentId = :resident"
                                + " AND b.undoneAt IS NULL", Long.class)
                        .setParameter("resident", person.id()).getSingleResult() == 0,
                () -> ResidentsTexts.conflict("binding", "residents.binding.refused.residentBound"));
    }

    /** Reads the rows rather than a count, because only rows can be locked; a day holds a handful of them. */
    private int challengesToday(String account, LockModeType lock) {
        Instant startOfDay = CityTime.startOf(LocalDate.now(CityTime.ZONE));
        return em.createQuery("SELECT c FROM BindingChallenge c WHERE c.account = :account"
                        + " AND c.createdAt >= :since", BindingChallenge.class)
                .setParameter("account", account).setParameter("since", startOfDay)
                .setLockMode(lock).getResultList().size();
    }
}
