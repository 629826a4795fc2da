package org.sitepass.residents.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.InvalidInput.FieldProblem;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PlainText;
import org.sitepass.residents.Colour;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.control.FeedRecord.Kind;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;
import org.sitepass.residents.entity.Vaccination;

/**
 * A health-feed batch read whole and checked before anything is stored: {@code {"records": [...]}} of 1 to
 * {@value #MAX_RECORDS} records. A batch with any malformed record is refused entire, each problem named by the
 * record's index and field ({@code records[17].sourceTime}), so that the source corrects it and sends it again; what
 * only the registry can tell (an unknown person) is each stored record's own result instead.
 */
public final class FeedBatch {

    public static final int MAX_RECORDS = 10_000;
    /** Enough to correct a batch by; a batch of one systematic mistake would otherwise list it 10,000 times. */
    static final int MAX_PROBLEMS = 100;
    static final int NAME_LENGTH = 50;
    /** Sealed, the longest reason still fits its column (UTF-8, then Base64). */
    static final int REASON_LENGTH = 200;
    static final int INSTITUTION_LENGTH = 100;
    static final int PRODUCT_LENGTH = 80;
    static final int MAX_DOSE = 10;

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    /** GB/T 2260: a province's two digits (11 to 82), then city and county. */
    private static final Pattern DISTRICT = Pattern.compile("[1-8][0-9]{5}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private FeedBatch() {
    }

    /**
     * @param today the city's date, after which no birth date lies
     * @throws InvalidInput naming every problem (the first {@value #MAX_PROBLEMS}) when any record is malformed
     */
    public static List<FeedRecord> read(JsonValue body, LocalDate today) {
        JsonArray records = body instanceof JsonObject batch && batch.get("records") instanceof JsonArray array
                ? array : null;
        if (records == null || records.isEmpty()) {
            throw InvalidInput.of("records", ResidentsTexts.text("residents.feed.records", MAX_RECORDS));
        }
        if (records.size() > MAX_RECORDS) {
            throw InvalidInput.of("records",
                    ResidentsTexts.text("residents.feed.records.tooMany", MAX_RECORDS, records.size()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<FeedRecord> read = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            new Fields(index, records.get(index), problems, today).record().ifPresent(read::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(listed(problems));
        }
        return read;
    }

    private static List<FieldProblem> listed(List<FieldProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<FieldProblem> listed = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        listed.add(new FieldProblem("records", ResidentsTexts.text("residents.feed.problems.more",
                problems.size() - MAX_PROBLEMS)));
        return listed;
    }

    /** One record's fields, each problem added under {@code records[i].field}. */
    private static final class Fields {

        private final int index;
        private final JsonValue value;
        private final List<FieldProblem> problems;
        private final LocalDate today;
        private final int problemsBefore;

        Fields(int index, JsonValue value, List<FieldProblem> problems, LocalDate today) {
            this.index = index;
            this.value = value;
            this.problems = problems;
            this.today = today;
            this.problemsBefore = problems.size();
        }

        Optional<FeedRecord> record() {
            if (!(value instanceof JsonObject)) {
                problems.add(new FieldProblem(path(null), ResidentsTexts.text("residents.feed.record.object")));
                return Optional.empty();
            }
            Kind kind = choice("kind", true, List.of(Kind.values()));
            SourceVersion version = version();
            DocumentNumber document = document();
            if (kind == null) {
                return Optional.empty();
            }
            FeedRecord record = switch (kind) {
                case RESIDENT -> resident(version, document);
                case COLOUR -> new FeedRecord.ColourRecord(index, version, document,
                        choice("colour", true, List.of(Colour.values())),
                        code("reasonCode", REASON_CODE, true), text("reason", REASON_LENGTH, true),
                        time("effectiveAt", true));
                case NAT -> nat(version, document);
                case ANTIGEN -> new FeedRecord.AntigenRecord(index, version, document, new AntigenTest.Facts(
                        time("testedAt", true),
                        choice("result", true, List.of(TestResult.NEGATIVE, TestResult.POSITIVE))));
                case VACCINATION -> new FeedRecord.VaccinationRecord(index, version, document, new Vaccination.Facts(
                        whole("doseNumber", 1, MAX_DOSE), time("vaccinatedAt", true),
                        text("product", PRODUCT_LENGTH, true)));
            };
            return problems.size() == problemsBefore ? Optional.of(record) : Optional.empty();
        }

        private SourceVersion version() {
            String source = code("source", SOURCE, true);
            String sourceId = code("sourceId", SOURCE_ID, true);
            Instant sourceTime = time("sourceTime", true);
            return source == null || sourceId == null || sourceTime == null
                    ? null : new SourceVersion(source, sourceId, sourceTime);
        }

        private DocumentNumber document() {
            DocumentType type = null;
            String code = string("documentType");
            if (code == null) {
                required("documentType");
            } else {
                type = DocumentType.byCode(code).orElse(null);
                if (type == null) {
                    problem("documentType", choices(Arrays.stream(DocumentType.values()).map(DocumentType::code)));
                }
            }
            String number = string("documentNumber");
            if (type == null || number == null) {
                if (number == null) {
                    required("documentNumber");
                }
                return null;
            }
            try {
                return DocumentNumber.of(type, number, today);
            } catch (InvalidInput refused) {
                refused.problems().forEach(p -> problems.add(new FieldProblem(path(p.field()), p.text())));
                return null;
            }
        }

        private FeedRecord resident(SourceVersion version, DocumentNumber document) {
            String name = text("name", NAME_LENGTH, true);
            String mobile = string("mobile");
            if (mobile != null && !MOBILE.matcher(mobile).matches()) {
                problem("mobile", ModuleText.validation("sitepass.validation.mobile"));
            }
            String district = code("district", DISTRICT, true);
            LocalDate birthDate = date("birthDate");
            Sex sex = choice("sex", false, List.of(Sex.values()));
            boolean disabled = flag("disabled");
            if (document != null && document.type() == DocumentType.RESIDENT_ID_CARD) {
                LocalDate born = document.birthDate().orElseThrow();
                Sex onCard = document.sex().orElseThrow();
                if (birthDate != null && !birthDate.equals(born)) {
                    problem("birthDate", ResidentsTexts.text("residents.feed.idCardDisagrees"));
                }
                if (sex != null && sex != onCard) {
                    problem("sex", ResidentsTexts.text("residents.feed.idCardDisagrees"));
                }
                birthDate = born;
                sex = onCard;
            } else if (document != null && birthDate == null && present("birthDate") == null) {
                required("birthDate");
            }
            return district == null ? null : new FeedRecord.ResidentRecord(index, version, document, name, mobile,
                    new Resident.Particulars(district, birthDate, sex, disabled));
        }

        private FeedRecord nat(SourceVersion version, DocumentNumber document) {
            Instant sampledAt = time("sampledAt", true);
            TestResult result = choice("result", true, List.of(TestResult.values()));
            Instant resultedAt = time("resultedAt", false);
            if (result == TestResult.PENDING && resultedAt != null) {
                problem("resultedAt", ResidentsTexts.text("residents.feed.nat.pendingResulted"));
            } else if (result != null && result != TestResult.PENDING && present("resultedAt") == null) {
                required("resultedAt");
            } else if (resultedAt != null && sampledAt != null && resultedAt.isBefore(sampledAt)) {
                problem("resultedAt", ResidentsTexts.text("residents.feed.nat.resultedBeforeSampled"));
            }
            return new FeedRecord.NatRecord(index, version, document, sampledAt, resultedAt, result,
                    text("institution", INSTITUTION_LENGTH, true));
        }

        private JsonValue present(String field) {
            JsonValue found = ((JsonObject) value).get(field);
            return found == null || found.getValueType() == JsonValue.ValueType.NULL ? null : found;
        }

        /** A field that should be a string: null when absent or not a string (a problem then, when present). */
        private String string(String field) {
            JsonValue found = present(field);
            if (found == null) {
                return null;
            }
            if (found instanceof JsonString text) {
                return text.getString();
            }
            problem(field, ResidentsTexts.text("residents.feed.field.string"));
            return null;
        }

        private String code(String field, Pattern form, boolean required) {
            String code = string(field);
            if (code == null) {
                if (required && present(field) == null) {
                    required(field);
                }
                return null;
            }
            if (!form.matcher(code).matches()) {
                problem(field, ResidentsTexts.text("residents.feed.field.code." + field));
                return null;
            }
            return code;
        }

        private String text(String field, int maxLength, boolean required) {
            String text = string(field);
            boolean missing = present(field) == null || text != null && text.isBlank();
            if (text == null || missing) {
                if (required && missing) {
                    required(field);
                }
                return null;
            }
            String stripped = text.strip();
            if (stripped.codePointCount(0, stripped.length()) > maxLength) {
                problem(field, ResidentsTexts.text("residents.feed.field.length", maxLength));
                return null;
            }
            if (!PlainText.Check.isPlain(stripped)) {
                problem(field, ModuleText.validation("sitepass.validation.plainText"));
                return null;
            }
            return stripped;
        }

        private Instant time(String field, boolean required) {
            String text = string(field);
            if (text == null) {
                if (required && present(field) == null) {
                    required(field);
                }
                return null;
            }
            try {
                if (text.endsWith("Z")) {
                    return Instant.parse(text);
                }
            } catch (DateTimeParseException impossible) {
                // answered below, as any other time not in the form asked for
            }
            problem(field, ModuleText.validation("sitepass.validation.instant"));
            return null;
        }

        private LocalDate date(String field) {
            String text = string(field);
            if (text == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(text, DATE);
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeParseException impossible) {
                // answered below, as a date after today is
            }
            problem(field, ResidentsTexts.text("residents.feed.field.date"));
            return null;
        }

        private <E extends Enum<E>> E choice(String field, boolean required, List<E> allowed) {
            String text = string(field);
            if (text == null) {
                if (required && present(field) == null) {
                    required(field);
                }
                return null;
            }
            for (E candidate : allowed) {
                if (candidate.name().equals(text)) {
                    return candidate;
                }
            }
            problem(field, choices(allowed.stream().map(Enum::name)));
            return null;
        }

        private int whole(String field, int min, int max) {
            JsonValue found = present(field);
            if (found instanceof JsonNumber number && number.isIntegral()
                    && number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                    && number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
                return number.intValue();
            }
            if (found == null) {
                required(field);
            } else {
                problem(field, ResidentsTexts.text("residents.feed.field.whole", min, max));
            }
            return 0;
        }

        private boolean flag(String field) {
            JsonValue found = present(field);
            if (found == null || found == JsonValue.FALSE) {
                return false;
            }
            if (found == JsonValue.TRUE) {
                return true;
            }
            problem(field, ResidentsTexts.text("residents.feed.field.flag"));
            return false;
        }

        private static ModuleText choices(Stream<String> allowed) {
            return ResidentsTexts.text("residents.feed.field.choice", allowed.collect(Collectors.joining(", ")));
        }

        private void required(String field) {
            problem(field, ModuleText.validation("sitepass.validation.required"));
        }

        private void problem(String field, ModuleText text) {
            problems.add(new FieldProblem(path(field), text));
        }

        private String path(String field) {
            return "records[" + index + "]" + (field == null ? "" : "." + field);
        }
    }
}
