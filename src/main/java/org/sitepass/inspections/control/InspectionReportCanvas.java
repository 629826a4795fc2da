package org.sitepass.inspections.control;

import static org.sitepass.inspections.control.ReportPages.LEADING;
import static org.sitepass.inspections.control.ReportPages.MARGIN;
import static org.sitepass.inspections.control.ReportPages.WIDTH;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.entity.InspectionResult;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.Typefaces;

/**
 * Draws the report of one inspection on A4 pages: the title, the facts of the visit, the checklist as a table whose
 * notes wrap, then every photo as wide as the text, and on every page a footer saying when the report was made. Text is
 * real text in subset-embedded fonts, so that it can be searched and copied; photos are embedded as they were
 * stored, a JPEG as it is and a PNG losslessly.
 */
final class InspectionReportCanvas {

    private static final Color ACCENT = new Color(0x0b5cab);
    private static final Color INK = new Color(0x1c2733);
    private static final Color MUTED = new Color(0x5b6877);
    private static final Color RULE = new Color(0xd3dbe5);
    private static final Color SHADE = new Color(0xeef2f6);
    private static final Color FAILED = new Color(0xb3261e);

    private static final float TITLE_SIZE = 18;
    private static final float HEADING_SIZE = 12.5f;
    private static final float BODY_SIZE = 10;
    private static final float TABLE_SIZE = 9.5f;
    private static final float LABEL_WIDTH = 110;
    private static final float PADDING = 4;
    private static final float CAPTION = BODY_SIZE * LEADING + 2;
    private static final float ITEM_WIDTH = 180;
    private static final float VERDICT_WIDTH = 64;

    private final InspectionReport report;
    private final Locale locale;
    private final PDDocument document;
    private final Typefaces<PDType0Font> fonts;
    private final ReportPages pages;

    private InspectionReportCanvas(InspectionReport report, Locale locale, PDDocument document,
                                   Typefaces<PDType0Font> fonts) throws IOException {
        this.report = report;
        this.locale = locale;
        this.document = document;
        this.fonts = fonts;
        this.pages = new ReportPages(document);
    }

    /** Needs the fonts to itself until it returns: subsetting reads them while the document is saved. */
    static void write(InspectionReport report, Locale locale, Typefaces<TrueTypeFont> typefaces, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
            InspectionReportCanvas canvas = new InspectionReportCanvas(report, locale, document,
                    DocumentFonts.embed(document, typefaces));
            document.getDocumentInformation().setTitle(canvas.text("report.title") + " " + report.venueName());
            canvas.draw();
            document.save(out);
        }
    }

    private void draw() throws IOException {
        paragraph(text("report.title"), TITLE_SIZE, ACCENT);
        pages.fill(ACCENT, MARGIN, pages.y() + 2, WIDTH, 1.5f);
        pages.advance(12);
        facts();
        findings();
        photos();
        pages.finish(text("report.printed", CityTime.display(report.madeAt()),
                String.valueOf(report.inspection().id())), fonts.text(), MUTED);
    }

    private void facts() throws IOException {
        InspectionView inspection = report.inspection();
        fact("report.venue", report.venueName(), fonts.text(), INK);
        fact("report.codeNumber", report.codeNumber(), fonts.mono(), INK);
        fact("report.street", report.street(), fonts.text(), INK);
        fact("report.category", report.category(), fonts.text(), INK);
        fact("report.inspector", inspection.inspector(), fonts.text(), INK);
        fact("report.submittedAt", CityTime.display(inspection.submittedAt()), fonts.text(), INK);
        Color result = inspection.result() == InspectionResult.FAIL ? FAILED : INK;
        fact("report.result", text("result." + inspection.result()), fonts.text(), result);
        String poster = text(inspection.posterMatches() ? "inspectionView.posterMatches"
                : "inspectionView.posterMismatch");
        fact("report.poster", inspection.posterCode() == null ? poster : inspection.posterCode() + " · " + poster,
                fonts.text(), inspection.posterMatches() ? INK : FAILED);
        boolean located = inspection.latitude() != null && inspection.longitude() != null;
        fact("report.location", located
                ? inspection.latitude().toPlainString() + ", " + inspection.longitude().toPlainString()
                : text("inspectionView.noLocation"), fonts.text(), INK);
    }

    private void fact(String label, String value, PDType0Font font, Color color) throws IOException {
        pages.row(List.of(cell(text(label), fonts.text(), BODY_SIZE, MUTED, 0, LABEL_WIDTH - PADDING),
                cell(value, font, BODY_SIZE, color, LABEL_WIDTH, WIDTH - LABEL_WIDTH)), BODY_SIZE, 2);
    }

    /** The checklist: a shaded head row, then one row per item with a rule below it. */
    private void findings() throws IOException {
        float rowHeight = TABLE_SIZE * LEADING + 2 * PADDING;
        heading("report.findings", 2 * rowHeight);
        pages.fill(SHADE, MARGIN, pages.y(), WIDTH, rowHeight);
        tableRow(text("report.item"), text("report.verdict"), text("report.note"), INK);
        for (InspectionView.Item finding : report.inspection().findings()) {
            Color verdict = switch (finding.verdict()) {
                case FAIL -> FAILED;
                case PASS -> INK;
                case NOT_APPLICABLE -> MUTED;
            };
            tableRow(text("item." + finding.item()), text("verdict." + finding.verdict()), finding.note(), verdict);
        }
    }

    private void tableRow(String item, String verdict, String note, Color verdictColor) throws IOException {
        PDType0Font font = fonts.text();
        float noteX = ITEM_WIDTH + VERDICT_WIDTH;
        pages.row(List.of(cell(item, font, TABLE_SIZE, INK, PADDING, ITEM_WIDTH - 2 * PADDING),
                cell(verdict, font, TABLE_SIZE, verdictColor, ITEM_WIDTH + PADDING, VERDICT_WIDTH - 2 * PADDING),
                cell(note, font, TABLE_SIZE, INK, noteX + PADDING, WIDTH - noteX - 2 * PADDING)), TABLE_SIZE, PADDING);
        pages.fill(RULE, MARGIN, pages.y(), WIDTH, 0.6f);
    }

    /** Every photo as wide as the text, or narrower when that would make it taller than a page; captioned. */
    private void photos() throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (InspectionPhotos.Photo photo : report.photos()) {
            images.add(image(photo));
        }
        heading("report.photos", images.isEmpty() ? BODY_SIZE * LEADING
                : CAPTION + images.get(0).getHeight() * scale(images.get(0)));
        if (images.isEmpty()) {
            paragraph(text("report.noPhotos"), BODY_SIZE, MUTED);
        }
        for (int index = 0; index < images.size(); index++) {
            PDImageXObject image = images.get(index);
            float width = image.getWidth() * scale(image);
            float height = image.getHeight() * scale(image);
            pages.need(CAPTION + height);
            pages.text(text("inspectionView.photo", index + 1), fonts.text(), BODY_SIZE, MUTED, MARGIN, pages.y());
            pages.advance(CAPTION);
            pages.image(image, MARGIN, pages.y(), width, height);
            pages.advance(height + 12);
        }
    }

    private static float scale(PDImageXObject image) {
        return Math.min(WIDTH / image.getWidth(), (ReportPages.capacity() - CAPTION) / image.getHeight());
    }

    private PDImageXObject image(InspectionPhotos.Photo photo) throws IOException {
        if ("image/jpeg".equals(photo.contentType())) {
            return JPEGFactory.createFromByteArray(document, photo.content());
        }
        return LosslessFactory.createFromImage(document, ImageIO.read(new ByteArrayInputStream(photo.content())));
    }

    /** A section's heading, kept on the page of what {@code following} needs below it. */
    private void heading(String key, float following) throws IOException {
        pages.advance(14);
        pages.need(HEADING_SIZE * LEADING + 4 + following);
        paragraph(text(key), HEADING_SIZE, INK);
        pages.advance(4);
    }

    private void paragraph(String text, float size, Color color) throws IOException {
        pages.row(List.of(cell(text, fonts.text(), size, color, 0, WIDTH)), size, 0);
    }

    private static ReportPages.Cell cell(String text, PDType0Font font, float size, Color color, float x, float width)
            throws IOException {
        return new ReportPages.Cell(ReportPages.lines(text, font, size, width), font, color, x);
    }

    private String text(String key, Object... arguments) {
        return InspectionsTexts.text(key, arguments).in(locale);
    }
}
