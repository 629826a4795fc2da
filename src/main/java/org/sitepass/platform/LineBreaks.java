package org.sitepass.platform;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text broken into lines of a printed document where Chinese and English typesetting allow: between ideographs,
 * never before a closing mark, at spaces. A piece wider than a whole line (a long number) is broken between its
 * characters, so nothing is ever dropped.
 */
public final class LineBreaks {

    /** How wide a piece of text is drawn, in the unit of the line width. */
    @FunctionalInterface
    public interface Measure {
        float width(String text) throws IOException;
    }

    private LineBreaks() {
    }

    /**
     * Adds up the widths of the pieces rather than measuring ever longer lines: the fonts are not kerned.
     *
     * @param text one paragraph: line breaks in it are not kept
     */
    public static List<String> wrap(String text, float width, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.CHINESE);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (lineWidth + measure.width(piece.stripTrailing()) > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (!fits(piece, width, measure)) {
                    int cut = longestFittingPrefix(piece, width, measure);
                    lines.add(piece.substring(0, cut));
                    piece = piece.substring(cut);
                }
            }
            line.append(piece);
            lineWidth += measure.width(piece);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** At least one character, so that a single character wider than the line still moves the text on. */
    private static int longestFittingPrefix(String piece, float width, Measure measure) throws IOException {
        int cut = piece.offsetByCodePoints(0, 1);
        while (cut < piece.length()) {
            int next = piece.offsetByCodePoints(cut, 1);
            if (!fits(piece.substring(0, next), width, measure)) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    private static boolean fits(String text, float width, Measure measure) throws IOException {
        return measure.width(text.stripTrailing()) <= width;
    }
}
