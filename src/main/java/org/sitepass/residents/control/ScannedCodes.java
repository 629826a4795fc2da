package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.control.DynamicCodes.Kind;
import org.sitepass.residents.control.DynamicCodes.Reading;
import org.sitepass.residents.control.ScannedCode.Outcome;
import org.sitepass.residents.entity.RelativeLink;
import org.sitepass.residents.entity.Resident;

/**
 * Resolves a health or relative code scanned at a door to the person it speaks for, or to the reason it does not:
 * what the door check asks before it decides a verdict. Reads only; a code may be scanned again within its window.
 */
@ApplicationScoped
public class ScannedCodes {

    @Inject
    HealthCodes healthCodes;

    @Inject
    ResidentRegistry registry;

    @PersistenceContext
    EntityManager em;

    public ScannedCode resolve(String payload, Instant now) {
        return resolve(healthCodes.codes().read(payload, now), registry::byReference, this::linkActive);
    }

    /**
     * What a reading means at a door: only a genuine code of a registered person, and for a relative code one whose
     * link is still active, speaks for someone.
     */
    static ScannedCode resolve(Reading reading, Function<ResidentRef, Optional<Resident>> residents,
                               BiPredicate<String, Resident> linkActive) {
        switch (reading.status()) {
            case MALFORMED:
                return ScannedCode.refused(Outcome.MALFORMED, null, null);
            case FORGED:
                return ScannedCode.refused(Outcome.FORGED, null, null);
            case EXPIRED:
                return ScannedCode.refused(Outcome.EXPIRED, reading.kind(), reading.madeAt());
            default:
                break;
        }
        return residents.apply(reading.resident())
                .map(resident -> reading.kind() == Kind.RELATIVE && !linkActive.test(reading.link(), resident)
                        ? ScannedCode.refused(Outcome.VOID, Kind.RELATIVE, reading.madeAt())
                        : new ScannedCode(Outcome.GENUINE, reading.kind(), resident, reading.madeAt()))
                .orElseGet(() -> ScannedCode.refused(Outcome.UNKNOWN_PERSON, reading.kind(), reading.madeAt()));
    }

    private boolean linkActive(String reference, Resident relative) {
        return em.createQuery("SELECT l FROM RelativeLink l WHERE l.reference = :reference", RelativeLink.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .filter(link -> link.relativeId() == relative.id())
                .map(RelativeLink::isActive).orElse(false);
    }
}
