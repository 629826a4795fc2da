package org.sitepass.residents.control;

import java.util.Optional;
import org.sitepass.residents.entity.OfflineCode;

/**
 * What a scanned offline code turned out to be: a valid card with its holder, or the reason it is not one. An
 * expired or void card still names its card, so that an officer can tell its holder why it failed.
 */
public record OfflineResolution(Outcome outcome, OfflineCode code) {

    /** The reasons a door refuses a card, and {@code VALID}. */
    public enum Outcome { VALID, MALFORMED, FORGED, EXPIRED, VOID }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    /** The card read, when the payload was genuine. */
    public Optional<OfflineCode> card() {
        return Optional.ofNullable(code);
    }
}
