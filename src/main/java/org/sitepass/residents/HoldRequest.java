package org.sitepass.residents;

import java.util.Objects;
import org.sitepass.platform.Reason;

/**
 * A hold another module places on a resident's code.
 *
 * @param colour yellow or red: the code shows at least this colour until the hold is lifted
 * @param reasonCode what kind of hold it is, e.g. {@code CLOSE_CONTACT}
 * @param reason the reason the person reads on their code, in the words of whoever placed it
 * @param placedFor what the hold serves, e.g. a tracing case's reference: lifting names it again
 * @param placedBy the account that placed it
 */
public record HoldRequest(ResidentRef resident, Colour colour, String reasonCode, String reason, String placedFor,
                          String placedBy) {

    public HoldRequest {
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedFor, "placedFor");
        Objects.requireNonNull(placedBy, "placedBy");
        if (Reason.typed(reason).isEmpty()) {
            throw new IllegalArgumentException("a hold's reason is plain text of at most " + Reason.MAX_LENGTH
                    + " characters");
        }
    }
}
