package org.sitepass.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.control.Bindings;
import org.sitepass.residents.control.Holds;
import org.sitepass.residents.control.HealthRecords;
import org.sitepass.residents.control.Notices;
import org.sitepass.residents.control.OfficialReads;
import org.sitepass.residents.control.OfflineCodes;
import org.sitepass.residents.control.OfflineResolution;
import org.sitepass.residents.control.ResidentRegistry;
import org.sitepass.residents.control.ScannedCode;
import org.sitepass.residents.control.ScannedCodes;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;

/**
 * The residents module as the door check and tracing see it: whom a credential speaks for, the verdict for a person
 * at a venue, what a door's screen may show, and holds on a code. Other modules know a person only by the opaque
 * {@link ResidentRef}; no document number leaves this module.
 */
@ApplicationScoped
public class Residents {

    static final String RELATIVE_CODE_PREFIX = "RC1.";
    static final String OFFLINE_CODE_PREFIX = "OC1.";

    @Inject
    ScannedCodes scannedCodes;

    @Inject
    OfflineCodes offlineCodes;

    @Inject
    ResidentRegistry registry;

    @Inject
    HealthRecords healthRecords;

    @Inject
    PassRulesInForce rules;

    @Inject
    Holds holds;

    @Inject
    Bindings bindings;

    @Inject
    OfficialReads officialReads;

    @Inject
    Notices notices;

    /** Whom a credential speaks for at {@code now}, or the reason that stops whoever showed it. Reads only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialCheck resolve(Credential credential, Instant now) {
        if (credential.isIdCard()) {
            return idCard(credential.idNumber(), credential.name());
        }
        String payload = credential.payload().strip();
        if (payload.startsWith(OFFLINE_CODE_PREFIX)) {
            return offlineCode(offlineCodes.resolve(payload, now));
        }
        return dynamicCode(payload, scannedCodes.resolve(payload, now));
    }

    /** A health or relative code's reading as a door takes it. */
    static CredentialCheck dynamicCode(String payload, ScannedCode scanned) {
        CredentialType type = payload.startsWith(RELATIVE_CODE_PREFIX) ? CredentialType.RELATIVE_CODE
                : CredentialType.HEALTH_CODE;
        return switch (scanned.outcome()) {
            case GENUINE -> CredentialCheck.of(type, scanned.reference());
            case MALFORMED -> CredentialCheck.refused(null, PassReason.CODE_UNREADABLE);
            case FORGED -> CredentialCheck.refused(type, PassReason.CODE_FORGED);
            case EXPIRED -> CredentialCheck.refused(type, PassReason.CODE_EXPIRED);
            case VOID -> CredentialCheck.refused(type, PassReason.CODE_VOID);
            case UNKNOWN_PERSON -> CredentialCheck.refused(type, PassReason.UNKNOWN_PERSON);
        };
    }

    private CredentialCheck idCard(String number, String name) {
        DocumentNumber document;
        try {
            document = DocumentNumber.of(DocumentType.RESIDENT_ID_CARD, number);
        } catch (InvalidInput unreadable) {
            return CredentialCheck.refused(CredentialType.ID_CARD, PassReason.CODE_UNREADABLE);
        }
        return registry.byDocumentAndName(document, name)
                .map(resident -> CredentialCheck.of(CredentialType.ID_CARD, resident.reference()))
                .orElseGet(() -> CredentialCheck.refused(CredentialType.ID_CARD, PassReason.UNKNOWN_PERSON));
    }

    private CredentialCheck offlineCode(OfflineResolution resolution) {
        return switch (resolution.outcome()) {
            case VALID -> registry.byId(resolution.card().orElseThrow().residentId())
                    .map(resident -> CredentialCheck.of(CredentialType.OFFLINE_CODE, resident.reference()))
                    .orElseGet(() -> CredentialCheck.refused(CredentialType.OFFLINE_CODE, PassReason.UNKNOWN_PERSON));
            case MALFORMED -> CredentialCheck.refused(CredentialType.OFFLINE_CODE, PassReason.CODE_UNREADABLE);
            case FORGED -> CredentialCheck.refused(CredentialType.OFFLINE_CODE, PassReason.CODE_FORGED);
            case EXPIRED -> CredentialCheck.refused(CredentialType.OFFLINE_CODE, PassReason.CODE_EXPIRED);
            case VOID -> CredentialCheck.refused(CredentialType.OFFLINE_CODE, PassReason.CODE_VOID);
        };
    }

    /**
     * The verdict for a person at a venue: the pass rules in force there at {@code now} applied to the person's
     * health records as they stand then.
     *
     * @param shown what the person showed: the rules may not admit it (a relative code)
     * @param temperature in °C as measured, or none where nobody measured
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PassVerdict decide(ResidentRef person, VenueContext venue, CredentialType shown, BigDecimal temperature,
                              Instant now) {
        return registry.byReference(person)
                .map(resident -> rules.decide(healthRecords.factsOf(resident, now), venue, shown, temperature, now))
                .orElseGet(() -> PassVerdict.stop(PassReason.UNKNOWN_PERSON));
    }

    /** What a door's screen shows of the person: the masked name, the colour, the latest test, the doses. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResidentDisplay> display(ResidentRef person, Instant now) {
        return registry.byReference(person).map(resident -> display(resident, healthRecords.factsOf(resident, now)));
    }

    /**
     * The verdict and the screen together, as {@link #decide} and {@link #display} answer them, from one reading of
     * the person's records: two queries per person, what a door asks after {@link #resolve}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Admission check(ResidentRef person, VenueContext venue, CredentialType shown, BigDecimal temperature,
                           Instant now) {
        return registry.byReference(person).map(resident -> {
            HealthFacts facts = healthRecords.factsOf(resident, now);
            return new Admission(rules.decide(facts, venue, shown, temperature, now),
                    Optional.of(display(resident, facts)));
        }).orElse(Admission.UNKNOWN_PERSON);
    }

    private ResidentDisplay display(Resident resident, HealthFacts facts) {
        return new ResidentDisplay(registry.maskedName(resident), facts.colour(), facts.natSampledAt(),
                facts.natResult(), facts.vaccinationDoses());
    }

    /** The resident an account (a caller's name) is bound to, if it is: how a resident's own requests name them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResidentRef> boundTo(String account) {
        return bindings.residentOf(account).map(Resident::reference);
    }

    /**
     * The person a document names, found by blind index: how tracing registers a case without keeping the number.
     *
     * @throws InvalidInput naming the rule a malformed number breaks
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResidentRef> byDocument(String documentTypeCode, String number) {
        DocumentType type = DocumentType.byCode(documentTypeCode).orElse(null);
        return registry.byDocument(DocumentNumber.of(type, number)).map(Resident::reference);
    }

    /**
     * A person's identity in clear, for a tracer who names what it serves ({@code purpose}, a case's reference): the
     * read goes to the audit trail against the person in {@code actor}'s name, and their "My data" lists it.
     */
    public Identity reveal(ResidentRef person, String purpose, String actor) {
        return officialReads.reveal(person, purpose, actor);
    }

    /** A person's tests, newest sample first, read and audited as {@link #reveal} is. */
    public List<TestRecord> tests(ResidentRef person, String purpose, String actor) {
        return officialReads.tests(person, purpose, actor);
    }

    /** The masked names ({@code 张*三}) of a list of people, in one query; unknown references are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ResidentRef, String> maskedNames(Collection<ResidentRef> people) {
        return registry.byReferences(people).stream()
                .collect(Collectors.toMap(Resident::reference, registry::maskedName));
    }

    /** The household districts' codes of a list of people, in one query; unknown references are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ResidentRef, String> districtsOf(Collection<ResidentRef> people) {
        return registry.byReferences(people).stream()
                .collect(Collectors.toMap(Resident::reference, Resident::districtCode));
    }

    /**
     * Places a notice on a person's health-code page and sends it to the mobile the registry holds, once the
     * caller's transaction commits (at once when there is none); answers the notice's id.
     */
    public long notify(NoticeRequest request) {
        return notices.place(request);
    }

    /**
     * Places the same notice for many people at once, in one query and without reading their names: people the
     * registry does not hold, and people whose message cannot be made, are passed over and counted. The parameters
     * are those of a {@link NoticeRequest}.
     *
     * @param endsAt when the notices leave the pages on their own; null for notices that stand until withdrawn
     */
    public NoticesPlaced notifyAll(Collection<ResidentRef> people, String kind, String text, String placedFor,
                                   String placedBy, Instant endsAt) {
        return notices.placeAll(people, kind, text, placedFor, placedBy, endsAt);
    }

    /**
     * Withdraws the next {@code limit} active notices placed for {@code placedFor} after notice {@code afterId}, so
     * that a caller takes thousands in transactions of its own; answers the last notice's id, 0 when none is left.
     */
    public long withdrawNotices(String placedFor, String by, long afterId, int limit) {
        return notices.withdraw(placedFor, by, afterId, limit);
    }

    /**
     * Gives the next {@code limit} active notices placed for {@code placedFor} after notice {@code afterId} a new
     * text and tells each person again; answers the last notice's id, 0 when none is left.
     */
    public long correctNotices(String placedFor, String text, String by, long afterId, int limit) {
        return notices.correct(placedFor, text, by, afterId, limit);
    }

    /** Places a hold on a person's code: the verdict takes it until it is lifted, whatever the feed says. */
    public long placeHold(HoldRequest request) {
        return holds.place(request);
    }

    /** Lifts the holds placed for {@code placedFor} on a person's code; answers how many. */
    public int liftHolds(ResidentRef person, String placedFor, String liftedBy) {
        return holds.lift(person, placedFor, liftedBy);
    }
}
