package org.sitepass.sites.control;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.platform.LineBreaks;

/**
 * Text wrapped onto at most a few centred lines, at the largest size of its style that lets it fit. Lines break
 * where Chinese and English typesetting allow ({@link LineBreaks}) and are balanced, so a venue name does not end
 * in a lone character. Only text that does not fit even at the smallest size is cut, with an ellipsis, so the
 * layout never overflows.
 */
final class TextBlock {

    /** How a kind of text looks: its face, its colour, the sizes it may shrink between, and its line limit. */
    record Style(PosterCanvas.Face face, float largest, float smallest, int maxLines, Color color) {
    }

    private static final float LEADING = 1.32f;
    private static final float SIZE_STEP = 0.5f;
    private static final int BALANCING_STEPS = 10;
    /** Where, as a share of the size, a line's visual middle sits above its baseline. */
    private static final float MIDDLE = 0.35f;
    private static final String ELLIPSIS = "…";

    private final Style style;
    private final float size;
    private final List<String> lines;

    private TextBlock(Style style, float size, List<String> lines) {
        this.style = style;
        this.size = size;
        this.lines = lines;
    }

    static TextBlock fit(PosterCanvas canvas, String text, Style style, float width) throws IOException {
        String clean = text.strip().replaceAll("\\s+", " ");
        for (float size = style.largest(); size >= style.smallest(); size -= SIZE_STEP) {
            List<String> lines = wrap(canvas, clean, style.face(), size, width);
            if (lines.size() <= style.maxLines()) {
                return new TextBlock(style, size, balance(canvas, clean, style.face(), size, lines, width));
            }
        }
        List<String> lines = wrap(canvas, clean, style.face(), style.smallest(), width);
        return new TextBlock(style, style.smallest(),
                lines.size() > style.maxLines() ? cut(canvas, lines, style, width) : lines);
    }

    float height() {
        return lines.size() * size * LEADING;
    }

    float size() {
        return size;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Draws the lines centred on {@code centre}, the first line box starting at {@code top}; returns its bottom. */
    float draw(PosterCanvas canvas, float centre, float top) throws IOException {
        float lineHeight = size * LEADING;
        float y = top;
        for (String line : lines) {
            float x = centre - canvas.width(line, style.face(), size) / 2;
            canvas.text(line, style.face(), size, style.color(), x, y + lineHeight / 2 + MIDDLE * size);
            y += lineHeight;
        }
        return y;
    }

    private static List<String> wrap(PosterCanvas canvas, String text, PosterCanvas.Face face, float size,
                                     float width) throws IOException {
        return LineBreaks.wrap(text, width, piece -> canvas.width(piece, face, size));
    }

    /** The narrowest wrapping, found by bisection, that needs no more lines than the full width does. */
    private static List<String> balance(PosterCanvas canvas, String text, PosterCanvas.Face face, float size,
                                        List<String> lines, float width) throws IOException {
        if (lines.size() < 2) {
            return lines;
        }
        List<String> best = lines;
        float narrow = 0;
        float wide = width;
        for (int step = 0; step < BALANCING_STEPS; step++) {
            float middle = (narrow + wide) / 2;
            List<String> attempt = wrap(canvas, text, face, size, middle);
            if (attempt.size() <= lines.size()) {
                best = attempt;
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return best;
    }

    private static List<String> cut(PosterCanvas canvas, List<String> lines, Style style, float width)
            throws IOException {
        List<String> kept = new ArrayList<>(lines.subList(0, style.maxLines()));
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && !fits(canvas, last + ELLIPSIS, style.face(), style.smallest(), width)) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(kept.size() - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }

    private static boolean fits(PosterCanvas canvas, String text, PosterCanvas.Face face, float size, float width)
            throws IOException {
        return canvas.width(text.stripTrailing(), face, size) <= width;
    }
}
