package org.sitepass.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV, the counterpart of {@link CsvTable}: comma separated, double-quote quoted, {@code ""} for a
 * quote inside a quoted field, CRLF or LF line ends, a leading byte-order mark skipped. Record numbers count
 * records, not lines, because a spreadsheet shows a quoted field with line breaks as one row.
 */
public final class CsvRecords {

    private static final char BOM = '\uFEFF';
    private static final char QUOTE = '"';

    /** What a reader does with each record, in order; it may stop the reading by throwing. */
    @FunctionalInterface
    public interface Sink {
        void accept(int recordNumber, List<String> fields);
    }

    /** Why a file is not CSV at all; modules turn it into their own words. */
    public enum Flaw {
        /** Not strict UTF-8. */
        ENCODING,
        /** A quote left open, text after a closing quote, or a quote inside an unquoted field. */
        QUOTE
    }

    /** A file refused whole, with the record where reading stopped (0 for the encoding). */
    public static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final Flaw flaw;
        private final int recordNumber;

        Unreadable(Flaw flaw, int recordNumber) {
            super(flaw + " at record " + recordNumber);
            this.flaw = flaw;
            this.recordNumber = recordNumber;
        }

        public Flaw flaw() {
            return flaw;
        }

        public int recordNumber() {
            return recordNumber;
        }
    }

    private final String text;
    private int position;
    private int recordNumber = 1;

    private CsvRecords(String text) {
        this.text = text;
        this.position = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    /** @throws Unreadable when the content is not UTF-8 or a quote is malformed */
    public static void read(byte[] content, Sink sink) {
        CsvRecords csv = new CsvRecords(decode(content));
        while (csv.position < csv.text.length()) {
            sink.accept(csv.recordNumber, csv.record());
            csv.recordNumber++;
        }
    }

    /** Every record at once, for files small enough to hold. */
    public static List<List<String>> read(byte[] content) {
        List<List<String>> records = new ArrayList<>();
        read(content, (number, fields) -> records.add(fields));
        return records;
    }

    /**
     * Strict UTF-8: Excel on Chinese Windows saves "CSV" as GBK, and lenient decoding would turn every name
     * into mojibake that passes validation.
     */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            Unreadable refused = new Unreadable(Flaw.ENCODING, 0);
            refused.initCause(e);
            throw refused;
        }
    }

    /** Reads one record and its line end. */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (position == text.length()) {
                return fields;
            }
            char delimiter = text.charAt(position++);
            if (delimiter == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            if (delimiter != ',') {
                return fields;
            }
        }
    }

    /** A quote inside an unquoted field is refused: it usually means a space crept in before an opening quote. */
    private String field() {
        if (position < text.length() && text.charAt(position) == QUOTE) {
            return quotedField();
        }
        int end = position;
        while (end < text.length() && !isDelimiter(text.charAt(end))) {
            if (text.charAt(end) == QUOTE) {
                throw malformedQuote();
            }
            end++;
        }
        String value = text.substring(position, end);
        position = end;
        return value;
    }

    private String quotedField() {
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            int closing = text.indexOf(QUOTE, position);
            if (closing < 0) {
                throw malformedQuote();
            }
            value.append(text, position, closing);
            position = closing + 1;
            if (position < text.length() && text.charAt(position) == QUOTE) {
                value.append(QUOTE);
                position++;
            } else if (position < text.length() && !isDelimiter(text.charAt(position))) {
                throw malformedQuote();
            } else {
                return value.toString();
            }
        }
    }

    private Unreadable malformedQuote() {
        return new Unreadable(Flaw.QUOTE, recordNumber);
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
