package org.sitepass.residents.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Masks;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.PersonName;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;

/**
 * The registry of residents: finds a person by opaque reference or, through the blind index, by document; seals
 * what identifies them before it is stored; opens it only to compare or to mask.
 */
@ApplicationScoped
public class ResidentRegistry {

    /** The kind of the document number's blind index, so that it matches no other index of the same text. */
    static final String NUMBER_INDEX = "residents.document";
    static final String MOBILE_INDEX = "residents.mobile";
    /**
     * The audit object of every official's read of or decision about a person, by their reference: what "My data"
     * shows them.
     */
    static final String AUDIT_OBJECT = "resident";
    private static final int REFERENCE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** What a transaction has found by reference: a person is never removed, so a find stays true to its end. */
    private record FoundByReference(String reference) {
    }

    public Optional<Resident> byId(long id) {
        return Optional.ofNullable(em.find(Resident.class, id));
    }

    /**
     * The person of a reference. A door check asks twice in its one transaction (to resolve the code, then to decide),
     * and a query would read the row again however the persistence context holds it: the transaction keeps what it
     * found, the same managed entity the query would answer.
     */
    public Optional<Resident> byReference(ResidentRef reference) {
        FoundByReference key = new FoundByReference(reference.value());
        boolean inTransaction = transaction.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction && transaction.getResource(key) instanceof Resident found) {
            return Optional.of(found);
        }
        Optional<Resident> found = em.createQuery("SELECT r FROM Resident r WHERE r.reference = :reference",
                        Resident.class)
                .setParameter("reference", reference.value())
                .getResultStream().findFirst();
        if (inTransaction) {
            found.ifPresent(resident -> transaction.putResource(key, resident));
        }
        return found;
    }

    /** The person another module names by reference; one the registry does not know is refused (422). */
    public Resident known(ResidentRef reference) {
        return byReference(reference).orElseThrow(() -> new RequestRefused(RequestRefused.UNPROCESSABLE,
                "urn:sitepass:problem:unknown-resident", ResidentsTexts.text("residents.refused.unknownResident")));
    }

    /**
     * The people of a list by reference, in one query: what lists of hundreds (a visit's co-visitors) are masked
     * and placed by; references the registry does not know are left out.
     */
    public List<Resident> byReferences(Collection<ResidentRef> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Resident r WHERE r.reference IN :references", Resident.class)
                .setParameter("references", references.stream().map(ResidentRef::value).distinct().toList())
                .getResultList();
    }

    public Optional<Resident> byDocument(DocumentNumber document) {
        return em.createQuery("SELECT r FROM Resident r WHERE r.identity.numberIndex = :index", Resident.class)
                .setParameter("index", numberIndex(document))
                .getResultStream().findFirst();
    }

    /**
     * The person a document and a name both name, as a real-name check finds them: a name that does not match is
     * told apart from an unknown number nowhere, so that nobody learns which numbers are registered.
     */
    public Optional<Resident> byDocumentAndName(DocumentNumber document, String name) {
        return byDocument(document).filter(resident -> nameMatches(resident, name));
    }

    /**
     * Whether a resident is of an officer's district, the one test of every officer's read of or decision about a
     * person: an officer without a district covers nobody rather than everybody.
     */
    public static boolean ofDistrict(Caller officer, Resident resident) {
        return resident.districtCode().equals(districtOf(officer));
    }

    /** As {@link #ofDistrict(Caller, Resident)}, for the resident of a record: an unknown one is of no district. */
    public boolean ofDistrict(Caller officer, long residentId) {
        return byId(residentId).map(resident -> ofDistrict(officer, resident)).orElse(false);
    }

    /** The district an officer's queries select by: an officer without one selects nobody. */
    public static String districtOf(Caller officer) {
        return officer.district() == null ? "" : officer.district();
    }

    /** The keyed look-up value of a document: type and number, so that equal numbers of two types differ. */
    public String numberIndex(DocumentNumber document) {
        return personalData.blindIndex(document.type().code() + ":" + document.number(), NUMBER_INDEX);
    }

    /** Seals a person's identifying data for storage, with the indexes it is found by. */
    public SealedIdentity seal(DocumentNumber document, String name, String mobile) {
        return new SealedIdentity(
                personalData.seal(document.number(), ResidentsSealedColumns.NUMBER),
                numberIndex(document),
                personalData.seal(PersonName.normalised(name), ResidentsSealedColumns.NAME),
                personalData.sealIfPresent(mobile, ResidentsSealedColumns.MOBILE),
                mobile == null ? null : personalData.blindIndex(mobile, MOBILE_INDEX));
    }

    /** Whether a name given for a real-name check is the registry's, compared as people write names. */
    public boolean nameMatches(Resident resident, String name) {
        return PersonName.normalised(name).equals(nameOf(resident));
    }

    /** The name in clear, for the resident's own eyes and for comparison only. */
    public String nameOf(Resident resident) {
        return personalData.open(resident.identity().nameSealed(), ResidentsSealedColumns.NAME);
    }

    /** The mobile in clear, for the message gateway only; empty when the registry has none. */
    public Optional<String> mobileOf(Resident resident) {
        return Optional.ofNullable(personalData.openIfPresent(resident.identity().mobileSealed(),
                ResidentsSealedColumns.MOBILE));
    }

    /** The name as officials, devices and relatives see it: {@code 张*三}. */
    public String maskedName(Resident resident) {
        return Masks.personNameKeepingEnds(nameOf(resident));
    }

    public String maskedNumber(Resident resident) {
        return DocumentNumber.mask(
                personalData.open(resident.identity().numberSealed(), ResidentsSealedColumns.NUMBER));
    }

    public Optional<String> maskedMobile(Resident resident) {
        return Optional.ofNullable(
                personalData.maskedMobile(resident.identity().mobileSealed(), ResidentsSealedColumns.MOBILE));
    }

    /** A new random reference: 128 bits, so that nobody guesses one, in the 22 characters a QR carries well. */
    public static ResidentRef newReference() {
        byte[] bytes = new byte[REFERENCE_BYTES];
        RANDOM.nextBytes(bytes);
        return new ResidentRef(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
