package org.sitepass.sites.control;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.QrModules;
import org.sitepass.platform.Typefaces;

/**
 * Draws a poster as one A4 PDF page: text as real text in subset-embedded fonts, so that it prints the same
 * anywhere and can be searched and read aloud, and the QR code as vector squares, sharp at any print size.
 */
final class PdfCanvas implements PosterCanvas {

    private final PDPageContentStream stream;
    private final Map<Face, PDType0Font> fonts;

    private PdfCanvas(PDPageContentStream stream, Map<Face, PDType0Font> fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    /** Needs the fonts to itself until it returns: subsetting reads them while the document is saved. */
    static void poster(PosterContent content, PosterWording wording, Typefaces<TrueTypeFont> typefaces,
                       OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(content.venueName() + " " + content.codeNumber());
            document.getDocumentCatalog().setLanguage("zh-CN");
            Typefaces<PDType0Font> fonts = DocumentFonts.embed(document, typefaces);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                PosterLayout.draw(content, wording,
                        new PdfCanvas(stream, Map.of(Face.TEXT, fonts.text(), Face.MONO, fonts.mono())));
            }
            document.save(out);
        }
    }

    @Override
    public float width(String text, Face face, float size) throws IOException {
        PDType0Font font = fonts.get(face);
        return font.getStringWidth(DocumentFonts.showable(text, font)) / 1000 * size;
    }

    @Override
    public void text(String text, Face face, float size, Color color, float x, float baseline) throws IOException {
        PDType0Font font = fonts.get(face);
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, PosterLayout.HEIGHT - baseline);
        stream.showText(DocumentFonts.showable(text, font));
        stream.endText();
    }

    @Override
    public void fill(Color color, float x, float y, float width, float height) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, PosterLayout.HEIGHT - y - height, width, height);
        stream.fill();
    }

    @Override
    public void qr(BitMatrix modules, float x, float y, float size) throws IOException {
        QrModules.fill(stream, modules, x, PosterLayout.HEIGHT - y - size, size);
    }
}
