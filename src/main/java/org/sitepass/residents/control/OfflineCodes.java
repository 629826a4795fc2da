package org.sitepass.residents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Masks;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.OfflineResolution.Outcome;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.OfflineCode;
import org.sitepass.residents.entity.OfflineCodeStatus;
import org.sitepass.residents.entity.PersonName;
import org.sitepass.residents.entity.Proxy;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.VoidReason;

/**
 * Offline paper codes: issued at a service centre by an officer of the holder's district or by an eligible holder
 * to themselves, reissued or reported lost (either voids the card before), printed, and resolved when scanned.
 * Every officer's read of a holder goes to the audit trail with what it was for.
 */
@ApplicationScoped
@Transactional
public class OfflineCodes {

    public static final String PROXY_NUMBER = "residents_offline_code.proxy_number_sealed";
    public static final String PROXY_NAME = "residents_offline_code.proxy_name_sealed";
    public static final String PROXY_FIELD = "proxy.";
    static final String OBJECT_TYPE = "offline_code";
    static final String PURPOSE_SERVICE = "offline code service";
    static final String PURPOSE_SCAN = "offline code scanned";

    @PersistenceContext
    EntityManager em;

    @Inject
    ResidentRegistry registry;

    @Inject
    Bindings bindings;

    @Inject
    HealthRecords healthRecords;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CodeKeys codeKeys;

    @Inject
    OfflineCards cards;

    private OfflineCodePayloads payloads;

    @PostConstruct
    void readKeys() {
        payloads = new OfflineCodePayloads(codeKeys.keys());
    }

    /** The person at the counter, of the officer's district, and their cards, newest first. */
    public OfflineCodeDesk lookUp(Caller officer, PersonDocumentForm person) {
        Resident resident = atCounter(officer, person);
        return desk(resident, CityTime.now());
    }

    /**
     * Issues a card, voiding the holder's active one as reissued; the proxy, if any, is recorded on it.
     *
     * @throws RequestRefused (422) when the person is unknown, of another district than the officer's, or not
     *         eligible
     */
    public OfflineCodeView issue(Caller officer, OfflineCodeForm form) {
        Proxy proxy = form.getProxy() == null ? null : proxy(form.getProxy());
        Resident resident = atCounter(officer, form);
        return view(issue(resident, officer.name(), officer.name(), proxy), CityTime.now());
    }

    /** The holder's own card, printed at home: only where they are eligible, as at a counter. */
    public OfflineCodeView issueForSelf(Caller holder) {
        Resident resident = me(holder);
        OfflineCode code = issue(resident, OfflineCode.SELF, holder.name(), null);
        return view(code, CityTime.now());
    }

    public Optional<OfflineCodeView> find(Caller officer, long id) {
        return ofDistrict(officer, id).map(code -> {
            audit("RESIDENT_READ", code, holderOf(code), PURPOSE_SERVICE);
            return view(code, CityTime.now());
        });
    }

    /** The holder's latest card, in force or not: empty when they never had one. */
    public Optional<OfflineCodeView> mine(Caller holder) {
        Instant now = CityTime.now();
        return latest(me(holder).id()).map(code -> view(code, now));
    }

    /** Voids a card reported lost: a finder's scan is refused from now on. */
    public Optional<OfflineCodeView> reportLoss(Caller officer, long id) {
        return ofDistrict(officer, id).map(code -> {
            code.voidFor(VoidReason.LOST, officer.name(), CityTime.now());
            audit("OFFLINE_CODE_VOIDED", code, holderOf(code), VoidReason.LOST.name());
            return view(code, CityTime.now());
        });
    }

    public Optional<byte[]> card(Caller officer, long id, CardFormat format) {
        return ofDistrict(officer, id).map(code -> printed(code, format));
    }

    /** The holder's active card to print: 409 when it is void or expired, so that nobody prints a dead card. */
    public Optional<byte[]> myCard(Caller holder, CardFormat format) {
        return latest(me(holder).id()).map(code -> printed(code, format));
    }

    /**
     * Resolves a scanned payload at a moment: the signature first, then the card's status, so that a forged text
     * costs no database read. This is what the door check calls.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfflineResolution resolve(String payload, Instant now) {
        OfflineCodePayloads.Check check = payloads.check(payload);
        if (check.verdict() != OfflineCodePayloads.Verdict.GENUINE) {
            return new OfflineResolution(check.verdict() == OfflineCodePayloads.Verdict.MALFORMED
                    ? Outcome.MALFORMED : Outcome.FORGED, null);
        }
        Optional<OfflineCode> found = em.createQuery("SELECT c FROM OfflineCode c WHERE c.serial = :serial",
                        OfflineCode.class)
                .setParameter("serial", check.serial()).getResultStream().findFirst();
        if (found.isEmpty()) {
            // Signed by our key, yet not ours: a card of another deployment sharing keys, never a valid one here.
            return new OfflineResolution(Outcome.FORGED, null);
        }
        OfflineCode code = found.get();
        return new OfflineResolution(switch (code.statusAt(now)) {
            case ACTIVE -> Outcome.VALID;
            case EXPIRED -> Outcome.EXPIRED;
            case VOID -> Outcome.VOID;
        }, code);
    }

    /**
     * An officer's scan: the holder masked and, for a valid card, their colour now. A payload that is no card of
     * ours is refused (422) saying whether it was unreadable or forged.
     */
    public OfflineCodeScan scan(Caller officer, String payload) {
        officer.require(Roles.OFFICER);
        Instant now = CityTime.now();
        OfflineResolution resolution = resolve(payload, now);
        OfflineCode code = resolution.card().orElseThrow(() -> new RequestRefused(RequestRefused.UNPROCESSABLE,
                "urn:sitepass:problem:offline-code-" + resolution.outcome().name().toLowerCase(),
                ResidentsTexts.text("residents.offline.scan." + resolution.outcome().name())));
        Resident holder = holderOf(code);
        audit("RESIDENT_READ", code, holder, PURPOSE_SCAN);
        return new OfflineCodeScan(resolution.outcome(), registry.maskedName(holder), registry.maskedNumber(holder),
                code.validUntil(), resolution.isValid() ? healthRecords.factsOf(holder, now).colour() : null);
    }

    /** The payload printed on a card, for pages that draw its QR themselves. */
    public String payloadOf(OfflineCode code) {
        return payloads.payload(code.serial());
    }

    private OfflineCode issue(Resident resident, String issuedBy, String actor, Proxy proxy) {
        Instant now = CityTime.now();
        OfflineCode code = OfflineCode.issue(resident, OfflineCodePayloads.newSerial(), issuedBy, proxy, now);
        active(resident.id()).ifPresent(previous -> {
            previous.voidFor(VoidReason.REISSUED, actor, now);
            audit("OFFLINE_CODE_VOIDED", previous, resident, VoidReason.REISSUED.name());
            // The void must reach the table before the new card: only one active card per holder is allowed.
            em.flush();
        });
        em.persist(code);
        em.flush();
        audit("OFFLINE_CODE_ISSUED", code, resident, proxy == null ? issuedBy : issuedBy + ", collected by proxy");
        return code;
    }

    /**
     * Finds the person of the officer's district by document and name, both of which must match. A person of another
     * district is refused as an unknown one, so that an officer learns nothing of people outside their district.
     */
    Resident atCounter(Caller officer, PersonDocumentForm person) {
        officer.require(Roles.OFFICER);
        DocumentNumber document = person.document();
        Resident resident = registry.byDocumentAndName(document, person.getName())
                .filter(found -> ResidentRegistry.ofDistrict(officer, found))
                .orElseThrow(() -> new RequestRefused(RequestRefused.UNPROCESSABLE,
                        "urn:sitepass:problem:offline-code-person",
                        ResidentsTexts.text("residents.offline.refused.unknownPerson")));
        auditTrail.record(personEntry("RESIDENT_READ", resident, PURPOSE_SERVICE));
        return resident;
    }

    private Resident me(Caller holder) {
        holder.require(Roles.RESIDENT);
        return bindings.me(holder);
    }

    /**
     * A proxy's fields refused are named under {@code proxy.}, apart from the holder's; checked here as well as by
     * the API's constraints, since a page may send a proxy half filled in.
     */
    private Proxy proxy(ProxyForm form) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        DocumentNumber document = null;
        try {
            document = form.document();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(new InvalidInput.FieldProblem(PROXY_FIELD + p.field(), p.text())));
        }
        if (form.getName() == null || form.getName().isBlank()) {
            problems.add(new InvalidInput.FieldProblem(PROXY_FIELD + "name",
                    ResidentsTexts.text("residents.offline.refused.proxyName")));
        }
        if (form.getRelationship() == null) {
            problems.add(new InvalidInput.FieldProblem(PROXY_FIELD + "relationship",
                    ResidentsTexts.text("residents.offline.refused.proxyRelationship")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Proxy(document.type(), personalData.seal(document.number(), PROXY_NUMBER),
                registry.numberIndex(document), personalData.seal(PersonName.normalised(form.getName()), PROXY_NAME),
                form.getRelationship());
    }

    /** A card of the officer's district; another district's, or an unknown id, alike are not found. */
    private Optional<OfflineCode> ofDistrict(Caller officer, long id) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(OfflineCode.class, id))
                .filter(code -> registry.ofDistrict(officer, code.residentId()));
    }

    private Optional<OfflineCode> active(long residentId) {
        return em.createQuery("SELECT c FROM OfflineCode c WHERE c.residentId = :resident AND c.status = :active",
                        OfflineCode.class)
                .setParameter("resident", residentId)
                .setParameter("active", OfflineCodeStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    private Optional<OfflineCode> latest(long residentId) {
        return history(residentId).stream().findFirst();
    }

    private List<OfflineCode> history(long residentId) {
        return em.createQuery("SELECT c FROM OfflineCode c WHERE c.residentId = :resident"
                        + " ORDER BY c.issuedAt DESC, c.id DESC", OfflineCode.class)
                .setParameter("resident", residentId)
                .getResultList();
    }

    private byte[] printed(OfflineCode code, CardFormat format) {
        RequestRefused.unless(code.statusAt(CityTime.now()) == OfflineCodeStatus.ACTIVE,
                () -> ResidentsTexts.conflict("offline-code", "residents.offline.refused.notPrintable"));
        Resident holder = holderOf(code);
        audit("OFFLINE_CODE_PRINTED", code, holder, format.name());
        return cards.pdf(new OfflineCardContent(payloadOf(code), registry.maskedName(holder),
                registry.maskedNumber(holder), code.issuedAt(), code.validUntil()), format);
    }

    private OfflineCodeDesk desk(Resident resident, Instant now) {
        return new OfflineCodeDesk(registry.maskedName(resident), registry.maskedNumber(resident),
                OfflineCode.isEligible(resident, LocalDate.ofInstant(now, CityTime.ZONE)),
                history(resident.id()).stream().map(code -> view(code, now)).toList());
    }

    private OfflineCodeView view(OfflineCode code, Instant now) {
        Resident holder = registry.byId(code.residentId()).orElseThrow();
        OfflineCodeView.ProxyView proxy = code.proxy().map(p -> new OfflineCodeView.ProxyView(
                p.documentType().code(),
                Masks.personNameKeepingEnds(personalData.open(p.nameSealed(), PROXY_NAME)),
                DocumentNumber.mask(personalData.open(p.numberSealed(), PROXY_NUMBER)),
                p.relationship())).orElse(null);
        return new OfflineCodeView(code.id(), registry.maskedName(holder), registry.maskedNumber(holder),
                code.statusAt(now), code.issuedAt(), code.validUntil(), code.issuedBy(),
                code.voidReason().orElse(null), code.voidedAt().orElse(null), proxy);
    }

    private Resident holderOf(OfflineCode code) {
        return registry.byId(code.residentId()).orElseThrow();
    }

    /** The card's entry, and its holder's, which "My data" shows them. */
    private void audit(String action, OfflineCode code, Resident holder, String purpose) {
        auditTrail.record(AuditRecord.success(action, OBJECT_TYPE, String.valueOf(code.id())).because(purpose));
        auditTrail.record(personEntry(action, holder, purpose));
    }

    private static AuditRecord personEntry(String action, Resident person, String purpose) {
        return AuditRecord.success(action, ResidentRegistry.AUDIT_OBJECT, person.reference().value())
                .because(purpose);
    }
}
