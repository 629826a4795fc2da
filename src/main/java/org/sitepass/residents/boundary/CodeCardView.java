package org.sitepass.residents.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitepass.residents.Colour;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.control.CodeCard;
import org.sitepass.residents.control.DynamicCodes;

/**
 * A health or relative code as a phone shows it, in the reader's language: the payload to draw as a QR, when it
 * lapses, the colour in words as well as by name (a colour alone tells nothing to a colour-blind reader), and
 * what stands behind it.
 *
 * @param natSummary the latest nucleic-acid test in words ("negative, sampled 31 h ago"), or that there is none
 * @param reason why the code is yellow or red, as its source wrote it; null when green
 * @param advice what to do with a yellow or red code; null when green
 * @param notices the notices standing on the person's page, latest first, each with its heading in words
 */
public record CodeCardView(DynamicCodes.Kind kind, String payload, Instant madeAt, Instant expiresAt, Colour colour,
                           String colourText, String name, TestResult natResult, Instant natSampledAt,
                           String natSummary, int vaccinationDoses, String dosesText, String reason, String advice,
                           List<NoticeView> notices)
        implements Serializable {

    /** A notice on the page: its heading by kind ("exposure at a venue"), the text, when it was written. */
    public record NoticeView(String kind, String heading, String text, Instant writtenAt) implements Serializable {
    }

    public static CodeCardView of(CodeCard card, Locale locale, Instant now) {
        String nat = card.natResult() == null ? ResidentsTexts.text("residents.codes.nat.none").in(locale)
                : ResidentsTexts.text("residents.codes.nat." + card.natResult(),
                        Duration.between(card.natSampledAt(), now).toHours()).in(locale);
        boolean green = card.colour() == Colour.GREEN;
        return new CodeCardView(card.kind(), card.payload(), card.madeAt(), card.expiresAt(), card.colour(),
                ResidentsTexts.text("residents.codes.colour." + card.colour()).in(locale), card.maskedName(),
                card.natResult(), card.natSampledAt(), nat, card.vaccinationDoses(),
                ResidentsTexts.text("residents.codes.doses", card.vaccinationDoses()).in(locale),
                green ? null : card.reason(),
                green ? null : ResidentsTexts.text("residents.codes.advice." + card.colour()).in(locale),
                card.notices().stream().map(notice -> new NoticeView(notice.kind().name(),
                        ResidentsTexts.text("residents.codes.notice." + notice.kind()).in(locale), notice.text(),
                        notice.writtenAt())).toList());
    }
}
