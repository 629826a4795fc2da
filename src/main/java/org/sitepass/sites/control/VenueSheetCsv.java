package org.sitepass.sites.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma separated, double-quote quoted, {@code ""} for a quote inside a quoted field,
 * CRLF or LF line ends. Row numbers count records, not lines, because a spreadsheet shows a quoted field with
 * line breaks as one row.
 */
final class VenueSheetCsv {

    private static final char BOM = '\uFEFF';
    private static final char QUOTE = '"';

    private final String text;
    private int position;
    private int rowNumber = 1;

    private VenueSheetCsv(String text) {
        this.text = text;
        this.position = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    static void read(byte[] content, VenueSheetRows rows) {
        VenueSheetCsv csv = new VenueSheetCsv(decode(content));
        while (csv.position < csv.text.length()) {
            rows.accept(csv.rowNumber, csv.record());
            csv.rowNumber++;
        }
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
            VenueSheetException refused = new VenueSheetException("sites.bulk.encoding");
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

    private VenueSheetException malformedQuote() {
        return new VenueSheetException("sites.bulk.quote", rowNumber);
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
