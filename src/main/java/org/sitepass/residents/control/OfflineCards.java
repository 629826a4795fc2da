package org.sitepass.residents.control;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.Languages;
import org.sitepass.platform.LineBreaks;
import org.sitepass.platform.QrModules;
import org.sitepass.platform.Typefaces;
import org.sitepass.residents.ResidentsTexts;

/**
 * The printable offline card, in Chinese with English: the QR, the holder's masked name and document number, and
 * the validity, but no health status, since whoever scans it sees the status of that moment. As an A6 card, or on
 * an A4 sheet with a cutting line and instructions for a printer at home or a service centre.
 */
@ApplicationScoped
public class OfflineCards {

    static final float CARD_WIDTH = PDRectangle.A6.getWidth();
    static final float CARD_HEIGHT = PDRectangle.A6.getHeight();
    private static final float MARGIN = 18;
    private static final float BAND = 58;
    /** 6.5 cm: a phone held at arm's length reads a code this size off a card. */
    private static final float QR_SIZE = 184;
    private static final int QUIET_ZONE = 2;
    private static final Color ACCENT = new Color(0x1F, 0x5F, 0xA8);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x63);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CityTime.ZONE);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityTime.ZONE);

    private DocumentFonts fonts;

    protected OfflineCards() {
    }

    @Inject
    public OfflineCards(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] pdf(OfflineCardContent content, CardFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            fonts.lend(typefaces -> {
                try (PDDocument document = new PDDocument()) {
                    PDPage page = new PDPage(format == CardFormat.A6 ? PDRectangle.A6 : PDRectangle.A4);
                    document.addPage(page);
                    document.getDocumentInformation().setTitle(zh("residents.offline.card.title") + " "
                            + en("residents.offline.card.title"));
                    document.getDocumentCatalog().setLanguage("zh-CN");
                    Typefaces<PDType0Font> embedded = DocumentFonts.embed(document, typefaces);
                    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                        Sheet sheet = new Sheet(stream, embedded);
                        float pageHeight = page.getMediaBox().getHeight();
                        if (format == CardFormat.A6) {
                            sheet.card(content, 0, 0);
                        } else {
                            float left = (page.getMediaBox().getWidth() - CARD_WIDTH) / 2;
                            float bottom = pageHeight - MARGIN * 2 - CARD_HEIGHT;
                            sheet.cuttingLine(left, bottom);
                            sheet.card(content, left, bottom);
                            sheet.instructions(page.getMediaBox().getWidth(), bottom - MARGIN * 2);
                        }
                    }
                    document.save(out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw an offline card", e);
        }
        return out.toByteArray();
    }

    private static String zh(String key) {
        return ResidentsTexts.in(Languages.CHINESE, key);
    }

    private static String en(String key) {
        return ResidentsTexts.in(Languages.ENGLISH, key);
    }

    static String validity(Locale locale, Instant issuedAt, Instant validUntil) {
        return MessageFormat.format(ResidentsTexts.in(locale, "residents.offline.card.validity"),
                DAY.format(issuedAt), MINUTE.format(validUntil));
    }

    /** Draws on one page in PDF points, from the bottom left. */
    private record Sheet(PDPageContentStream stream, Typefaces<PDType0Font> fonts) {

        void card(OfflineCardContent content, float left, float bottom) throws IOException {
            float top = bottom + CARD_HEIGHT;
            float centre = left + CARD_WIDTH / 2;
            fill(ACCENT, left, top - BAND, CARD_WIDTH, BAND);
            centred(zh("residents.offline.card.title"), fonts.text(), 18, Color.WHITE, centre, top - 27);
            centred(en("residents.offline.card.title"), fonts.text(), 10, Color.WHITE, centre, top - 45);
            BitMatrix modules = QrModules.encode(content.payload(), QUIET_ZONE);
            float qrTop = top - BAND - 10;
            QrModules.fill(stream, modules, centre - QR_SIZE / 2, qrTop - QR_SIZE, QR_SIZE);
            float y = qrTop - QR_SIZE - 18;
            y = field("residents.offline.card.name", content.maskedName(), fonts.text(), left, y);
            y = field("residents.offline.card.document", content.maskedDocumentNumber(), fonts.mono(), left, y);
            centred(validity(Languages.CHINESE, content.issuedAt(), content.validUntil()), fonts.text(), 8.5f,
                    Color.BLACK, centre, y - 4);
            centred(validity(Languages.ENGLISH, content.issuedAt(), content.validUntil()), fonts.text(), 7.5f,
                    Color.BLACK, centre, y - 15);
            centred(zh("residents.offline.card.noStatus"), fonts.text(), 7, MUTED, centre, bottom + 22);
            centred(en("residents.offline.card.noStatus"), fonts.text(), 6.5f, MUTED, centre, bottom + 12);
        }

        /** A labelled line, the label in both languages, the value in the given face; returns the next baseline. */
        float field(String key, String value, PDType0Font valueFont, float left, float baseline) throws IOException {
            String label = zh(key) + " " + en(key);
            text(label, fonts.text(), 9, MUTED, left + MARGIN, baseline);
            float x = left + CARD_WIDTH - MARGIN - width(value, valueFont, 12);
            text(value, valueFont, 12, Color.BLACK, x, baseline);
            return baseline - 18;
        }

        void cuttingLine(float left, float bottom) throws IOException {
            stream.setStrokingColor(MUTED);
            stream.setLineWidth(0.6f);
            stream.setLineDashPattern(new float[] {4, 3}, 0);
            stream.addRect(left, bottom, CARD_WIDTH, CARD_HEIGHT);
            stream.stroke();
            stream.setLineDashPattern(new float[] {}, 0);
            String cut = zh("residents.offline.card.cutHere") + " " + en("residents.offline.card.cutHere");
            text(cut, fonts.text(), 7, MUTED, left, bottom - 10);
        }

        void instructions(float pageWidth, float top) throws IOException {
            float width = pageWidth - MARGIN * 4;
            float left = MARGIN * 2;
            float y = top;
            text(zh("residents.offline.sheet.heading") + "  " + en("residents.offline.sheet.heading"),
                    fonts.text(), 14, ACCENT, left, y);
            y -= 24;
            for (int step = 1; step <= 4; step++) {
                String key = "residents.offline.sheet.step" + step;
                y = paragraph(step + ". " + zh(key), 10.5f, Color.BLACK, left, width, y);
                y = paragraph(en(key), 9, MUTED, left + 12, width - 12, y) - 8;
            }
        }

        float paragraph(String text, float size, Color color, float left, float width, float baseline)
                throws IOException {
            List<String> lines = LineBreaks.wrap(text, width, piece -> width(piece, fonts.text(), size));
            float y = baseline;
            for (String line : lines) {
                text(line, fonts.text(), size, color, left, y);
                y -= size * 1.4f;
            }
            return y;
        }

        void centred(String text, PDType0Font font, float size, Color color, float centre, float baseline)
                throws IOException {
            text(text, font, size, color, centre - width(text, font, size) / 2, baseline);
        }

        void text(String text, PDType0Font font, float size, Color color, float x, float baseline)
                throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(DocumentFonts.showable(text, font));
            stream.endText();
        }

        float width(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(DocumentFonts.showable(text, font)) / 1000 * size;
        }

        void fill(Color color, float x, float y, float width, float height) throws IOException {
            stream.setNonStrokingColor(color);
            stream.addRect(x, y, width, height);
            stream.fill();
        }
    }
}
