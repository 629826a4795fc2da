package org.sitepass.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads site-code posters the way a phone does: render, find the QR, decode it. */
public final class QrCodes {

    private QrCodes() {
    }

    public static String fromPng(byte[] png) {
        try {
            return decode(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new IllegalStateException("not an image", e);
        }
    }

    public static String fromPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return decode(new PDFRenderer(document).renderImageWithDPI(0, 150));
        } catch (IOException e) {
            throw new IllegalStateException("not a PDF", e);
        }
    }

    public static String decode(BufferedImage image) {
        try {
            return new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new IllegalStateException("no QR code found", e);
        }
    }
}
