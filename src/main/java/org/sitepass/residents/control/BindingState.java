package org.sitepass.residents.control;

import java.time.Instant;

/**
 * Whether the caller's account is bound, and to whom as the resident sees themselves (the name in full: it is their
 * own), and how many attempts to bind are left today.
 */
public record BindingState(boolean bound, Instant boundAt, String name, String documentNumber,
                           String districtCode, int attemptsLeftToday) {
}
