package org.sitepass.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A module names the codes it owns (its audit actions, statuses, reasons) by providing a CDI bean of this type;
 * {@link Labels} asks every one of them.
 */
public interface LabelContribution {

    /** The module's message bundle, which names a code under {@code label.<kind>.<CODE>}. */
    String bundle();

    /** Names of codes that are data rather than text (venue categories, streets); empty for any other code. */
    default Optional<String> name(String kind, String code, Locale locale) {
        return Optional.empty();
    }

    /** Every code of a kind that is data and that this module owns, in the order a choice lists them; else none. */
    default List<String> codes(String kind) {
        return List.of();
    }
}
