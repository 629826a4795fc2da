package org.sitepass.sites.control;

import static org.sitepass.sites.control.PosterCanvas.Face.MONO;
import static org.sitepass.sites.control.PosterCanvas.Face.TEXT;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.IOException;
import org.sitepass.platform.QrModules;

/**
 * Where everything sits on a poster, in points on A4 portrait. The QR code is 9.5 cm wide so that a phone reads it
 * from across a doorway; error correction level M keeps its modules large (about 1.8 mm for a 110-character
 * payload) while still surviving some scuffing.
 */
final class PosterLayout {

    private static final float MM = 72 / 25.4f;
    static final float WIDTH = 210 * MM;
    static final float HEIGHT = 297 * MM;
    static final float QR_SIZE = 95 * MM;
    static final float QR_TOP = 272;
    static final float VENUE_TOP = 148;

    private static final Color ACCENT = new Color(0x0b5cab);
    private static final Color INK = new Color(0x1c2733);
    private static final Color MUTED = new Color(0x5b6877);
    private static final Color RULE = new Color(0xd3dbe5);
    private static final Color PALE = new Color(0xd6e6f7);

    private static final int QUIET_ZONE = 4;
    private static final float MARGIN = 48;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float CENTRE = WIDTH / 2;
    private static final float BAND_HEIGHT = 132;
    private static final float MARK_LENGTH = 28;
    private static final float MARK_WEIGHT = 3.5f;
    private static final float MARK_OFFSET = 5;
    private static final float FOOTER_RULE = HEIGHT - 62;

    private static final TextBlock.Style VENUE = new TextBlock.Style(TEXT, 26, 13, 3, INK);
    private static final TextBlock.Style TITLE_ZH = new TextBlock.Style(TEXT, 40, 22, 1, Color.WHITE);
    private static final TextBlock.Style TITLE_EN = new TextBlock.Style(TEXT, 17, 10, 1, PALE);
    private static final TextBlock.Style CODE_LABEL = new TextBlock.Style(TEXT, 11, 8, 1, MUTED);
    private static final TextBlock.Style CODE = new TextBlock.Style(MONO, 30, 18, 1, INK);
    private static final TextBlock.Style DISTRICT = new TextBlock.Style(TEXT, 15, 10, 1, ACCENT);
    private static final TextBlock.Style INSTRUCTION_ZH = new TextBlock.Style(TEXT, 16, 11, 2, INK);
    private static final TextBlock.Style INSTRUCTION_EN = new TextBlock.Style(TEXT, 12, 8.5f, 3, MUTED);
    private static final TextBlock.Style FOOTER_ZH = new TextBlock.Style(TEXT, 10, 7.5f, 1, MUTED);
    private static final TextBlock.Style FOOTER_EN = new TextBlock.Style(TEXT, 8.5f, 6.5f, 1, MUTED);

    private PosterLayout() {
    }

    static void draw(PosterContent content, PosterWording wording, PosterCanvas canvas) throws IOException {
        BitMatrix modules = modules(content.payload());
        band(wording, canvas);
        TextBlock venue = TextBlock.fit(canvas, content.venueName(), VENUE, TEXT_WIDTH);
        venue.draw(canvas, CENTRE, VENUE_TOP + (QR_TOP - MARK_OFFSET - VENUE_TOP - venue.height()) / 2);
        qr(modules, canvas);
        float y = QR_TOP + QR_SIZE + MARK_OFFSET + 12;
        String label = wording.codeLabelZh() + "  " + wording.codeLabelEn();
        y = TextBlock.fit(canvas, label, CODE_LABEL, TEXT_WIDTH).draw(canvas, CENTRE, y);
        y = TextBlock.fit(canvas, content.codeNumber(), CODE, TEXT_WIDTH).draw(canvas, CENTRE, y);
        y = TextBlock.fit(canvas, content.districtName(), DISTRICT, TEXT_WIDTH).draw(canvas, CENTRE, y + 2);
        instructions(wording, canvas, y + 10);
        footer(wording, canvas);
    }

    /** The modules with their quiet zone, one bit each; the canvas scales them. */
    static BitMatrix modules(String payload) {
        return QrModules.encode(payload, QUIET_ZONE);
    }

    private static void band(PosterWording wording, PosterCanvas canvas) throws IOException {
        canvas.fill(ACCENT, 0, 0, WIDTH, BAND_HEIGHT);
        TextBlock zh = TextBlock.fit(canvas, wording.titleZh(), TITLE_ZH, TEXT_WIDTH);
        TextBlock en = TextBlock.fit(canvas, wording.titleEn(), TITLE_EN, TEXT_WIDTH);
        float top = (BAND_HEIGHT - zh.height() - en.height()) / 2;
        en.draw(canvas, CENTRE, zh.draw(canvas, CENTRE, top));
    }

    /** The code, and corner marks around it that draw the eye and show a phone's camera where to aim. */
    private static void qr(BitMatrix modules, PosterCanvas canvas) throws IOException {
        float left = CENTRE - QR_SIZE / 2;
        canvas.qr(modules, left, QR_TOP, QR_SIZE);
        float near = -MARK_OFFSET;
        float far = QR_SIZE + MARK_OFFSET - MARK_WEIGHT;
        for (float dx : new float[] {near, far}) {
            for (float dy : new float[] {near, far}) {
                float x = left + dx;
                float y = QR_TOP + dy;
                float armX = dx == near ? x : x + MARK_WEIGHT - MARK_LENGTH;
                float armY = dy == near ? y : y + MARK_WEIGHT - MARK_LENGTH;
                canvas.fill(ACCENT, armX, y, MARK_LENGTH, MARK_WEIGHT);
                canvas.fill(ACCENT, x, armY, MARK_WEIGHT, MARK_LENGTH);
            }
        }
    }

    /** Both instructions, centred as a group between the rules above and below them. */
    private static void instructions(PosterWording wording, PosterCanvas canvas, float ruleY) throws IOException {
        canvas.fill(RULE, MARGIN, ruleY, TEXT_WIDTH, 0.8f);
        TextBlock zh = TextBlock.fit(canvas, wording.instructionZh(), INSTRUCTION_ZH, TEXT_WIDTH);
        TextBlock en = TextBlock.fit(canvas, wording.instructionEn(), INSTRUCTION_EN, TEXT_WIDTH);
        float gap = 4;
        float top = ruleY + (FOOTER_RULE - ruleY - zh.height() - gap - en.height()) / 2;
        en.draw(canvas, CENTRE, zh.draw(canvas, CENTRE, top) + gap);
    }

    private static void footer(PosterWording wording, PosterCanvas canvas) throws IOException {
        canvas.fill(RULE, MARGIN, FOOTER_RULE, TEXT_WIDTH, 0.8f);
        float y = TextBlock.fit(canvas, wording.footerZh(), FOOTER_ZH, TEXT_WIDTH).draw(canvas, CENTRE,
                FOOTER_RULE + 10);
        TextBlock.fit(canvas, wording.footerEn(), FOOTER_EN, TEXT_WIDTH).draw(canvas, CENTRE, y);
    }
}
