package org.sitepass.tracing.control;

import org.sitepass.residents.ResidentDisplay;

/**
 * The check-in page before the resident checks in: where they are and their own code.
 *
 * @param me the resident's colour and latest test; none if the registry no longer holds them
 */
public record CheckInPreview(String venueName, ResidentDisplay me) {
}
