package org.sitepass.residents;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The conditions of a pass rule: those of one stored rule, or those in force at a door (the stricter of each
 * condition of the city's rule and the district's). Immutable and cheap to read: the verdict reads it for every
 * person.
 *
 * @param maxTemperature             a person at or above it has a fever (°C, one decimal)
 * @param acceptedColours            the colours a door lets in; always green, never red
 * @param natWithinHours             a negative nucleic-acid test sampled within this many hours is required, or
 *                                   none when no test is required
 * @param antigenCounts              whether a negative antigen self-test within the same window also does
 * @param minimumDoses               vaccination doses required
 * @param relativeCodesAccepted      whether a relative code (亲属码) shown on a holder's phone is admitted
 * @param otherRegionCodesAccepted   whether other regions' health codes are admitted
 */
public record EffectiveRule(BigDecimal maxTemperature, Set<Colour> acceptedColours, Integer natWithinHours,
                           boolean antigenCounts, int minimumDoses, boolean relativeCodesAccepted,
                           boolean otherRegionCodesAccepted) {

    public EffectiveRule {
        Objects.requireNonNull(maxTemperature, "maxTemperature");
        acceptedColours = Collections.unmodifiableSet(EnumSet.copyOf(acceptedColours));
    }

    public boolean natRequired() {
        return natWithinHours != null;
    }

    public boolean accepts(Colour colour) {
        return acceptedColours.contains(colour);
    }

    /**
     * Each condition at the stricter of the two: the lower temperature, the colours both accept, the shorter test
     * window (a required test is stricter than none), antigen tests only if both count them, the higher number of
     * doses, relative and other regions' codes only if both admit them.
     */
    public EffectiveRule stricter(EffectiveRule other) {
        Set<Colour> colours = EnumSet.copyOf(acceptedColours);
        colours.retainAll(other.acceptedColours);
        return new EffectiveRule(maxTemperature.min(other.maxTemperature), colours,
                shorter(natWithinHours, other.natWithinHours), antigenCounts && other.antigenCounts,
                Math.max(minimumDoses, other.minimumDoses), relativeCodesAccepted && other.relativeCodesAccepted,
                otherRegionCodesAccepted && other.otherRegionCodesAccepted);
    }

    private static Integer shorter(Integer hours, Integer otherHours) {
        if (hours == null) {
            return otherHours;
        }
        return otherHours == null ? hours : Integer.valueOf(Math.min(hours, otherHours));
    }
}
