package org.sitepass.residents.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Masks;
import org.sitepass.platform.Mod11Check;
import org.sitepass.residents.ResidentsTexts;

/**
 * A resident's document: its type and its number, normalised (no whitespace, upper case) and checked against the
 * published format of that type. A number that breaks a rule is refused with an {@link InvalidInput} on the field
 * {@value #FIELD} whose text names the rule, never the number; {@link #toString()} shows the number masked.
 *
 * <p>Rules by type:
 * <ul>
 * <li>resident ID card (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X); the first
 *     six digits a household region code (GB/T 2260) of a known province; digits 7-14 a real birth date, not after
 *     today; the 17th digit odd for a man, even for a woman;</li>
 * <li>Hong Kong/Macao permit: H (Hong Kong) or M (Macao) and 8 digits, or 10 on permits issued before 2013;</li>
 * <li>Taiwan permit: 8 digits (the card issued since 2015);</li>
 * <li>passport: 5 to 17 letters and digits (countries' formats differ too much for more);</li>
 * <li>foreigner's permanent residence card: the 2017 card's 3 letters (nationality) and 12 digits, or the 2023
 *     card's 18 characters starting with 9, whose check character is the ID card's.</li>
 * </ul>
 */
public final class DocumentNumber {

    /** The field a refusal names. */
    public static final String FIELD = "documentNumber";
    /** The field a refusal names when no document type is given. */
    public static final String TYPE_FIELD = "documentType";

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ID_CARD = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern HONG_KONG_MACAO = Pattern.compile("[HM][0-9]{8}(?:[0-9]{2})?");
    private static final Pattern TAIWAN = Pattern.compile("[0-9]{8}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");
    private static final Pattern RESIDENCE_2017 = Pattern.compile("[A-Z]{3}[0-9]{12}");
    private static final Pattern RESIDENCE_2023 = Pattern.compile("9[0-9]{16}[0-9X]");
    /**
     * GB/T 2260's provinces, and 83 of the residence permits of Taiwan residents, which follow the ID card's format
     * (81, 82 those of Hong Kong and Macao residents).
     */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final DocumentType type;
    private final String number;

    private DocumentNumber(DocumentType type, String number) {
        this.type = type;
        this.number = number;
    }

    /** Reads a typed or scanned number of the given type, checked against today in the city. */
    public static DocumentNumber of(DocumentType type, String text) {
        return of(type, text, LocalDate.now(CityTime.ZONE));
    }

    /** Reads a number whose birth date, if it carries one, may not be after {@code today}. */
    public static DocumentNumber of(DocumentType type, String text, LocalDate today) {
        if (type == null) {
            throw InvalidInput.of(TYPE_FIELD, ResidentsTexts.text("residents.documentType.required"));
        }
        String number = normalised(text);
        if (number.isEmpty()) {
            throw refused("residents.documentNumber.required");
        }
        switch (type) {
            case RESIDENT_ID_CARD -> checkIdCard(number, today);
            case HONG_KONG_MACAO_PERMIT -> require(HONG_KONG_MACAO.matcher(number).matches(),
                    "residents.documentNumber.hongKongMacaoPermit");
            case TAIWAN_PERMIT -> require(TAIWAN.matcher(number).matches(), "residents.documentNumber.taiwanPermit");
            case PASSPORT -> require(PASSPORT.matcher(number).matches(), "residents.documentNumber.passport");
            case PERMANENT_RESIDENCE_CARD -> checkResidenceCard(number);
        }
        return new DocumentNumber(type, number);
    }

    /**
     * Whitespace anywhere goes (a number typed in groups, the full-width space of a Chinese keyboard, a no-break space
     * from a pasted text); letters (x, h, m) are upper-cased.
     */
    static String normalised(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static void checkIdCard(String number, LocalDate today) {
        require(ID_CARD.matcher(number).matches(), "residents.documentNumber.idCard.format");
        require(Mod11Check.holds(number), "residents.documentNumber.checkCharacter");
        require(PROVINCES.contains(number.substring(0, 2)), "residents.documentNumber.idCard.region");
        LocalDate born = birthDateIn(number).orElseThrow(() -> refused("residents.documentNumber.idCard.birthDate"));
        require(!born.isAfter(today), "residents.documentNumber.idCard.futureBirthDate");
    }

    private static void checkResidenceCard(String number) {
        if (RESIDENCE_2017.matcher(number).matches()) {
            return;
        }
        require(RESIDENCE_2023.matcher(number).matches(), "residents.documentNumber.permanentResidenceCard");
        require(Mod11Check.holds(number), "residents.documentNumber.checkCharacter");
    }

    private static Optional<LocalDate> birthDateIn(String idCardNumber) {
        try {
            return Optional.of(LocalDate.parse(idCardNumber.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException impossible) {
            return Optional.empty();
        }
    }

    private static void require(boolean rule, String key) {
        if (!rule) {
            throw refused(key);
        }
    }

    private static InvalidInput refused(String key) {
        return InvalidInput.of(FIELD, ResidentsTexts.text(key));
    }

    public DocumentType type() {
        return type;
    }

    /** The normalised number in clear: to be sealed, indexed or compared, never shown or logged. */
    public String number() {
        return number;
    }

    /** The number as anyone but its owner sees it: {@code 310***********1234}, {@code H******78}. */
    public String masked() {
        return mask(number);
    }

    /** Masks a stored number of any type, as {@link #masked()} does. */
    public static String mask(String number) {
        return number.length() >= 15 ? Masks.idNumber(number) : Masks.shortDocumentNumber(number);
    }

    /** The birth date a resident ID card's number carries; none for other documents. */
    public Optional<LocalDate> birthDate() {
        return type == DocumentType.RESIDENT_ID_CARD ? birthDateIn(number) : Optional.empty();
    }

    /** The sex a resident ID card's number carries in its 17th digit (odd for a man); none for other documents. */
    public Optional<Sex> sex() {
        if (type != DocumentType.RESIDENT_ID_CARD) {
            return Optional.empty();
        }
        return Optional.of((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /**
     * The GB/T 2260 region code a resident ID card's number begins with: where the number was first issued, not
     * necessarily the household district the resident is registered in now; none for other documents.
     */
    public Optional<String> regionCode() {
        return type == DocumentType.RESIDENT_ID_CARD ? Optional.of(number.substring(0, 6)) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentNumber that && type == that.type && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number);
    }

    /** Masked: a document number that reaches a log line through string concatenation shows nothing of it. */
    @Override
    public String toString() {
        return masked();
    }
}
