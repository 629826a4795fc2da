package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.DocumentFonts;

class PostersTest {

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static final PosterWording WORDING = new PosterWording(
            "场所码", "Site Code · Scan to Register",
            "进入场所前，请使用微信、支付宝或“随申办”扫描上方二维码完成登记，并向工作人员出示登记结果。",
            "Before entering, scan the QR code above with WeChat, Alipay or the Suishenban app to register, "
                    + "then show the result to staff.",
            "场所编码", "Site code number",
            "请勿遮挡、涂改或复制本场所码 · 上海市场所码管理平台监制",
            "Do not cover, alter or copy this code · Issued by the Shanghai SitePass platform");
    static final PosterContent SUPERMARKET =
            venue("上海市虹口区四川北路街道某某超市连锁有限公司第一百二十三分店", "310109-0000001-9");

    private static final Posters POSTERS = new Posters(new DocumentFonts(FONT));
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void thePngIsAnA4PortraitImageWhoseQrCodeReadsAsThePayload() throws Exception {
        byte[] png = POSTERS.png(SUPERMARKET, WORDING);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO reads the PNG");
        assertEquals(1240, image.getWidth());
        assertEquals(1754, image.getHeight());
        assertEquals(SUPERMARKET.payload(), decode(image));
    }

    @Test
    void thePdfIsOneA4PageOfRealTextInEmbeddedSubsetFonts() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(POSTERS.pdf(SUPERMARKET, WORDING))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 1);

            String text = new PDFTextStripper().getText(pdf);
            String compact = withoutWhitespace(text);
            assertTrue(compact.contains(withoutWhitespace(SUPERMARKET.venueName())), text);
            assertTrue(text.contains(SUPERMARKET.codeNumber()), text);
            assertTrue(compact.contains(withoutWhitespace(SUPERMARKET.districtName())), text);
            assertTrue(compact.contains(withoutWhitespace(WORDING.instructionZh())), text);
            assertTrue(compact.contains(withoutWhitespace(WORDING.instructionEn())), text);

            List<PDFont> fonts = fonts(pdf.getPage(0));
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
            }
        }
    }

    @Test
    void thePdfQrCodeReadsAsThePayloadWhenRenderedAt150Dpi() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(POSTERS.pdf(SUPERMARKET, WORDING))) {
            assertEquals(SUPERMARKET.payload(), decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)));
        }
    }

    @Test
    void theZipHoldsEachVenuesOwnPdfNamedByItsCodeNumberAndLeavesTheStreamOpen() throws Exception {
        List<PosterContent> venues = List.of(SUPERMARKET,
                venue("虹口区某某咖啡馆", "310109-0000002-7"),
                venue("上海市第一人民医院（北部院区）门诊楼", "310109-0000003-5"));
        ClosingTracker out = new ClosingTracker();
        POSTERS.zip(venues, WORDING, out);
        assertFalse(out.closed, "the caller's stream stays open");

        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertEquals(List.of("310109-0000001-9.pdf", "310109-0000002-7.pdf", "310109-0000003-5.pdf"),
                new ArrayList<>(entries.keySet()));
        for (PosterContent venue : venues) {
            try (PDDocument pdf = Loader.loadPDF(entries.get(venue.codeNumber() + ".pdf"))) {
                assertEquals(venue.payload(), decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)));
                assertTrue(withoutWhitespace(new PDFTextStripper().getText(pdf))
                        .contains(withoutWhitespace(venue.venueName())));
            }
        }
    }

    @Test
    void concurrentDownloadsEachGetTheirOwnPoster() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> texts = new ArrayList<>();
            List<PosterContent> venues = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                // Posters print the number as given; only its uniqueness matters here.
                PosterContent venue = venue("虹口区第" + i + "号便利店", String.format("310109-%07d-0", i));
                venues.add(venue);
                texts.add(pool.submit(() -> {
                    try (PDDocument pdf = Loader.loadPDF(POSTERS.pdf(venue, WORDING))) {
                        return withoutWhitespace(new PDFTextStripper().getText(pdf));
                    }
                }));
            }
            for (int i = 0; i < venues.size(); i++) {
                String text = texts.get(i).get();
                assertTrue(text.contains(venues.get(i).venueName()), text);
                assertTrue(text.contains(venues.get(i).codeNumber()), text);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A payload shaped like a real one: an Ed25519 signature is 64 bytes, 86 characters in base64url. */
    static PosterContent venue(String name, String codeNumber) {
        byte[] signature = new byte[64];
        new Random(codeNumber.hashCode()).nextBytes(signature);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        return new PosterContent(name, codeNumber, "虹口区 Hongkou", "SP1." + codeNumber + ".k1." + encoded);
    }

    static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<PDFont> fonts(PDPage page) throws Exception {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Remembers whether it was closed, as a servlet's response stream would mind. */
    private static final class ClosingTracker extends ByteArrayOutputStream {

        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
