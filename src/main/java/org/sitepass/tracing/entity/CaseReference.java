package org.sitepass.tracing.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case's reference, {@code TC-yyyyMMdd-nnnn}: the city's day it was registered and its number that day, from 1.
 * Short enough to say on the phone and to stand as the purpose of every audited lookup made for the case.
 */
public record CaseReference(String value) {

    private static final Pattern FORM = Pattern.compile("TC-\\d{8}-\\d{4,8}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case reference");
        }
    }

    public static CaseReference of(LocalDate day, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("case numbers start at 1");
        }
        return new CaseReference("TC-" + DAY.format(day) + "-" + String.format("%04d", number));
    }
}
