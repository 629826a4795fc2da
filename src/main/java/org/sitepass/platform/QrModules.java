package org.sitepass.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The QR codes SitePass prints (site-code posters, offline paper codes): the modules of an ASCII payload, and their
 * drawing into a PDF as vector squares, sharp at any print size.
 */
public final class QrModules {

    private QrModules() {
    }

    /**
     * The modules with their quiet zone, one bit each; whoever draws them scales them. Level M survives a crease or
     * a smudge on paper and keeps the code small enough to scan from a card.
     *
     * @throws IllegalArgumentException when the payload is not ASCII or too long for a QR code
     */
    public static BitMatrix encode(String payload, int quietZone) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(payload)) {
            throw new IllegalArgumentException("a QR payload here is ASCII");
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, quietZone);
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the payload does not fit a QR code", e);
        }
    }

    /**
     * Fills the dark modules in black within the square whose lower left corner is at ({@code x}, {@code bottom})
     * in PDF coordinates: one rectangle per run of dark modules, filled as one path, so no seams show between them.
     */
    public static void fill(PDPageContentStream stream, BitMatrix modules, float x, float bottom, float size)
            throws IOException {
        int count = modules.getWidth();
        float module = size / count;
        float top = bottom + size;
        stream.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                stream.addRect(x + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        stream.fill();
    }
}
