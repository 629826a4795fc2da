package org.sitepass.residents;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a door is, as far as pass rules care: its district (GB/T 2260) and its venue category code (the sites
 * module's, such as {@code MEDICAL}), or none for a district-wide question.
 */
public record VenueContext(String districtCode, String categoryCode) {

    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    public VenueContext {
        Objects.requireNonNull(districtCode, "districtCode");
        if (!DISTRICT.matcher(districtCode).matches()) {
            throw new IllegalArgumentException("a district code has 6 digits");
        }
    }

    public static VenueContext district(String districtCode) {
        return new VenueContext(districtCode, null);
    }
}
