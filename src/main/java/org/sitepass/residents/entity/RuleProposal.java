package org.sitepass.residents.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitepass.platform.InvalidInput.FieldProblem;
import org.sitepass.residents.Colour;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.ResidentsTexts;

/**
 * A pass rule as an officer proposes it, every field as given (possibly missing), checked as a whole so that the
 * officer learns every mistake at once.
 *
 * @param districtCode the district the rule binds; {@link RuleScope#CITY_DISTRICT} for the city's rule
 * @param categoryCode a venue category code for a district's rule of one category, or none
 * @param effectiveFrom when it takes effect, ISO-8601 UTC ({@code 2026-12-05T16:00:00Z})
 */
public record RuleProposal(String districtCode, String categoryCode, String effectiveFrom, BigDecimal maxTemperature,
                           List<String> acceptedColours, Integer natWithinHours, Boolean antigenCounts,
                           Integer minimumDoses, Boolean relativeCodesAccepted, Boolean otherRegionCodesAccepted,
                           String note) {

    public static final BigDecimal LOWEST_MAX_TEMPERATURE = new BigDecimal("35.0");
    public static final BigDecimal HIGHEST_MAX_TEMPERATURE = new BigDecimal("42.0");
    public static final Set<Integer> TEST_WINDOWS = Set.of(48, 72);
    public static final int MOST_DOSES = 5;
    public static final int NOTE_LENGTH = 500;
    /** How far in the past a rule may still start: the time it took the officer to press the button. */
    public static final Duration GRACE = Duration.ofMinutes(1);

    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z_]{1,16}");
    private static final String KEY = "residents.rules.invalid.";

    /** Whether a text has the form of a venue category code; which codes exist is the sites module's business. */
    public static boolean isCategoryCode(String text) {
        return text != null && CATEGORY.matcher(text).matches();
    }

    public RuleScope scope() {
        return RuleScope.of(districtCode);
    }

    /** Every field that is missing or wrong, with what to do about it; none when the proposal can be saved. */
    public List<FieldProblem> problems(Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (districtCode == null || !DISTRICT.matcher(districtCode).matches()) {
            problems.add(problem("districtCode", "district"));
        }
        if (categoryCode != null && (scope() == RuleScope.CITY || !isCategoryCode(categoryCode))) {
            problems.add(problem("categoryCode", "category"));
        }
        Instant from = effectiveFromInstant();
        if (from == null) {
            problems.add(problem("effectiveFrom", "effectiveFrom"));
        } else if (from.isBefore(now.minus(GRACE))) {
            problems.add(problem("effectiveFrom", "effectiveFromPast"));
        }
        if (maxTemperature == null || maxTemperature.scale() > 1 || maxTemperature.compareTo(LOWEST_MAX_TEMPERATURE) < 0
                || maxTemperature.compareTo(HIGHEST_MAX_TEMPERATURE) > 0) {
            problems.add(problem("maxTemperature", "maxTemperature"));
        }
        if (colours() == null) {
            problems.add(problem("acceptedColours", "acceptedColours"));
        }
        if (natWithinHours != null && !TEST_WINDOWS.contains(natWithinHours)) {
            problems.add(problem("natWithinHours", "natWithinHours"));
        }
        if (minimumDoses == null || minimumDoses < 0 || minimumDoses > MOST_DOSES) {
            problems.add(problem("minimumDoses", "minimumDoses"));
        }
        required(problems, antigenCounts, "antigenCounts");
        required(problems, relativeCodesAccepted, "relativeCodesAccepted");
        required(problems, otherRegionCodesAccepted, "otherRegionCodesAccepted");
        if (note == null || note.isBlank() || note.length() > NOTE_LENGTH) {
            problems.add(problem("note", "note"));
        }
        return problems;
    }

    /** The conditions proposed; only for a proposal without {@link #problems}. */
    public EffectiveRule terms() {
        return new EffectiveRule(maxTemperature.setScale(1), colours(), natWithinHours, antigenCounts, minimumDoses,
                relativeCodesAccepted, otherRegionCodesAccepted);
    }

    public Instant effectiveFromInstant() {
        if (effectiveFrom == null || !effectiveFrom.endsWith("Z")) {
            return null;
        }
        try {
            return Instant.parse(effectiveFrom);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The colours named, if they are colours and include green but not red: a door never stops every person. */
    private Set<Colour> colours() {
        if (acceptedColours == null || acceptedColours.isEmpty()) {
            return null;
        }
        Set<Colour> colours = EnumSet.noneOf(Colour.class);
        for (String name : acceptedColours) {
            try {
                colours.add(Colour.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return colours.contains(Colour.GREEN) && !colours.contains(Colour.RED) ? colours : null;
    }

    private static void required(List<FieldProblem> problems, Boolean value, String field) {
        if (value == null) {
            problems.add(problem(field, "choice"));
        }
    }

    private static FieldProblem problem(String field, String key) {
        return new FieldProblem(field, ResidentsTexts.text(KEY + key));
    }
}
