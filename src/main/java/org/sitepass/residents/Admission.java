package org.sitepass.residents;

import java.util.Optional;

/**
 * A door's whole answer for a person, from one reading of their health records: the verdict, and what the screen
 * shows of them (none for a person the registry does not know).
 */
public record Admission(PassVerdict verdict, Optional<ResidentDisplay> screen) {

    static final Admission UNKNOWN_PERSON = new Admission(PassVerdict.stop(PassReason.UNKNOWN_PERSON),
            Optional.empty());
}
