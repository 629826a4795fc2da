package org.sitepass.inspections.control;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.LineBreaks;

/**
 * A4 pages filled from the top down: a cursor on the current page, measured in points from its top, and a new page
 * when content would run into the footer.
 */
final class ReportPages {

    static final float MARGIN = 48;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float TOP = 52;
    private static final float BOTTOM = HEIGHT - 60;
    private static final float FOOTER_RULE = BOTTOM + 14;
    private static final float FOOTER_SIZE = 8;
    /** Line height as a share of the text size. */
    static final float LEADING = 1.45f;
    /** Where, as a share of the size, a baseline sits below the top of the text: CJK faces ascend about 0.8. */
    private static final float ASCENT = 0.82f;

    /** One column of a row: its lines, how they look, and where the column starts, from the left margin. */
    record Cell(List<String> lines, PDType0Font font, Color color, float x) {
    }

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    ReportPages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** The height the content of a whole page may take. */
    static float capacity() {
        return BOTTOM - TOP;
    }

    float y() {
        return y;
    }

    float room() {
        return BOTTOM - y;
    }

    void advance(float height) {
        y += height;
    }

    /** Starts a new page unless {@code height} fits below the cursor. */
    void need(float height) throws IOException {
        if (height > room()) {
            newPage();
        }
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /**
     * Draws cells side by side below the cursor and moves it below them. A row that fits on a page is never split;
     * a taller one (a very long note) goes on over the following pages, so that nothing runs off a page or is cut.
     */
    void row(List<Cell> cells, float size, float padding) throws IOException {
        float leading = size * LEADING;
        int count = Math.max(1, cells.stream().mapToInt(cell -> cell.lines().size()).max().orElse(0));
        if (count * leading + 2 * padding <= capacity()) {
            need(count * leading + 2 * padding);
        }
        int from = 0;
        while (from < count) {
            int fitting = Math.min(count - from, (int) ((room() - 2 * padding) / leading));
            if (fitting < 1) {
                newPage();
                continue;
            }
            for (Cell cell : cells) {
                for (int line = from; line < Math.min(from + fitting, cell.lines().size()); line++) {
                    text(cell.lines().get(line), cell.font(), size, cell.color(), MARGIN + cell.x(),
                            y + padding + (line - from) * leading + (leading - size) / 2);
                }
            }
            advance(fitting * leading + 2 * padding);
            from += fitting;
        }
    }

    /** Each paragraph of the text wrapped to the width; a missing text takes no line. */
    static List<String> lines(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R+")) {
            lines.addAll(LineBreaks.wrap(paragraph.strip().replaceAll("\\h+", " "), width,
                    piece -> font.getStringWidth(DocumentFonts.showable(piece, font)) / 1000 * size));
        }
        return lines;
    }

    /** Draws one line of text whose top is {@code top}. */
    void text(String text, PDType0Font font, float size, Color color, float x, float top) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, HEIGHT - top - ASCENT * size);
        stream.showText(DocumentFonts.showable(text, font));
        stream.endText();
    }

    void fill(Color color, float x, float top, float width, float height) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, HEIGHT - top - height, width, height);
        stream.fill();
    }

    void image(PDImageXObject image, float x, float top, float width, float height) throws IOException {
        stream.drawImage(image, x, HEIGHT - top - height, width, height);
    }

    /** Ends the last page and writes the footer on every page, with the page's number of the count known now. */
    void finish(String footer, PDType0Font font, Color color) throws IOException {
        close();
        int count = document.getNumberOfPages();
        for (int index = 0; index < count; index++) {
            try (PDPageContentStream page = new PDPageContentStream(document, document.getPage(index),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = page;
                fill(color, MARGIN, FOOTER_RULE, WIDTH, 0.6f);
                text(footer, font, FOOTER_SIZE, color, MARGIN, FOOTER_RULE + 6);
                String number = (index + 1) + " / " + count;
                float numberWidth = font.getStringWidth(number) / 1000 * FOOTER_SIZE;
                text(number, font, FOOTER_SIZE, color, MARGIN + WIDTH - numberWidth, FOOTER_RULE + 6);
            }
        }
        stream = null;
    }

    private void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
