package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.entity.Resident;

/**
 * What a scanned health or relative code turned out to be: a person when it is genuine, else only why not.
 *
 * @param kind which code it was, when the payload could be read that far
 * @param resident the person the code speaks for (the relative, for a relative code), only when genuine
 * @param madeAt when the code was made, when the signature held
 */
public record ScannedCode(Outcome outcome, DynamicCodes.Kind kind, Resident resident, Instant madeAt) {

    /** Why a door would let the code speak for a person, or not. */
    public enum Outcome {
        GENUINE,
        /** Not a health or relative code at all. */
        MALFORMED,
        /** Altered, or signed by a key SitePass does not hold. */
        FORGED,
        /** Made longer ago than its window, or ahead of the reader's clock by more than the allowed skew. */
        EXPIRED,
        /** A relative code whose link has been revoked or never became active. */
        VOID,
        /** Genuine, but its person is no longer in the registry. */
        UNKNOWN_PERSON
    }

    static ScannedCode refused(Outcome outcome, DynamicCodes.Kind kind, Instant madeAt) {
        return new ScannedCode(outcome, kind, null, madeAt);
    }

    public boolean isGenuine() {
        return outcome == Outcome.GENUINE;
    }

    /** The opaque reference of the person, only when genuine. */
    public ResidentRef reference() {
        return resident == null ? null : resident.reference();
    }
}
