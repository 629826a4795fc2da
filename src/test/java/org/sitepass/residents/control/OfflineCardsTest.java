package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.DocumentFonts;

class OfflineCardsTest {

    private static final OfflineCards CARDS =
            new OfflineCards(new DocumentFonts("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    private static final Instant ISSUED = Instant.parse("2022-06-01T02:30:00Z");
    private static final OfflineCardContent CONTENT = new OfflineCardContent(
            new OfflineCodePayloads(OfflineCodePayloadsTest.keys("k1", OfflineCodePayloadsTest.pair(), ""))
                    .payload(OfflineCodePayloads.newSerial()),
            "欧阳*华", "310***********1234", ISSUED, ISSUED.plus(Duration.ofDays(180)));

    @Test
    void theA6CardShowsTheQrTheMaskedHolderAndTheValidityInBothLanguages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CARDS.pdf(CONTENT, CardFormat.A6))) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A6.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(PDRectangle.A6.getHeight(), pdf.getPage(0).getMediaBox().getHeight(), 1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("欧阳*华"), text);
            assertTrue(text.contains("310***********1234"), text);
            assertTrue(text.contains("2022-06-01 签发，有效至 2022-11-28 10:30"), "city time: " + text);
            assertTrue(text.contains("valid until 2022-11-28 10:30"), text);
            assertTrue(text.contains("离线码") && text.contains("Offline code"), text);
            assertEquals(CONTENT.payload(), qr(pdf));
        }
    }

    @Test
    void theCardNamesNoHealthStatus() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CARDS.pdf(CONTENT, CardFormat.A4))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String status : new String[] {"绿码", "黄码", "红码", "GREEN", "Green", "YELLOW", "RED", "阴性",
                    "negative"}) {
                assertFalse(text.contains(status), status + " in " + text);
            }
        }
    }

    @Test
    void theA4SheetHasTheCardToCutOutAndTheInstructions() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CARDS.pdf(CONTENT, CardFormat.A4))) {
            assertEquals(PDRectangle.A4.getHeight(), pdf.getPage(0).getMediaBox().getHeight(), 1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("沿虚线剪下") && text.contains("Cut along the dashed line"), text);
            assertTrue(text.contains("使用说明") && text.contains("How to use"), text);
            assertTrue(text.contains("180"), text);
            assertEquals(CONTENT.payload(), qr(pdf));
        }
    }

    private static String qr(PDDocument pdf) throws Exception {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                        new PDFRenderer(pdf).renderImageWithDPI(0, 150)))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
