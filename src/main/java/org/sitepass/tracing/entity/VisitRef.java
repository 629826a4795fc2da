package org.sitepass.tracing.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visit of a case named in a path, {@code <day>.<id>}: the pass record's key, its day first, so that the lookup
 * reads the one partition the record lies in.
 */
public record VisitRef(LocalDate day, long id) {

    private static final Pattern FORM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(\\d{1,19})");

    /** The visit a path names, if the text is one; a malformed text names none, as an unknown visit does. */
    public static Optional<VisitRef> parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VisitRef(LocalDate.parse(matcher.group(1)), Long.parseLong(matcher.group(2))));
        } catch (DateTimeParseException | NumberFormatException notAVisit) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return day + "." + id;
    }
}
