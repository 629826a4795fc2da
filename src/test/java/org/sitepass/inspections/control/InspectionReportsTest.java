package org.sitepass.inspections.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.entity.InspectionResult;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.LabelContribution;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;
import org.sitepass.platform.Roles;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.VenueRef;

/** The report of an inspection prints everything the inspection holds, in the reader's language, and every export is logged. */
class InspectionReportsTest {

    private static final Caller OFFICER = new Caller("officer1", java.util.Set.of(Roles.OFFICER), "310109");
    private static final VenueRef VENUE = new VenueRef(42, "上海市虹口区四川北路街道某某超市第一百二十三分店",
            "310109-0000001-9", "310109", "310109009", "MARKET", "manager1", true);
    private static final String NOTE = note(600);
    /** Chinese and English names by kind and code, as the platform and sites modules would give them. */
    private static final Map<String, List<String>> NAMES = Map.of(
            Labels.STREET + ":310109009", List.of("欧阳路街道", "Ouyang Road Sub-district"),
            VenueCategory.LABEL_KIND + ":MARKET", List.of("商场超市", "Markets and supermarkets"));
    private static final Map<Long, InspectionPhotos.Photo> PHOTOS = Map.of(
            11L, new InspectionPhotos.Photo("image/jpeg", photo("jpeg", 640, 480)),
            12L, new InspectionPhotos.Photo("image/png", photo("png", 300, 400)));

    private final List<AuditRecord> trail = new ArrayList<>();

    @Test
    void theChineseReportHoldsTheFactsTheChecklistWithItsWholeNoteAndEveryPhoto() throws Exception {
        byte[] pdf = reports(inspection(NOTE)).pdf(OFFICER, 7, Languages.CHINESE).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(PDRectangle.A4.getHeight(), document.getPage(0).getMediaBox().getHeight(), 1);
            String text = compact(new PDFTextStripper().getText(document));
            for (String shown : List.of("场所码现场检查报告", VENUE.name(), VENUE.codeNumber(), "欧阳路街道", "商场超市",
                    "inspector1", "不合格", "与本场所一致", "31.2712,121.4856", "工作人员对每位进入者查验", "不通过",
                    "登记记录按规定保存", "通过", "检查照片1", "检查照片2", "检查记录编号7")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertTrue(body(document).contains(compact(NOTE)), "the long note is all there");
            assertEquals(PHOTOS.size(), images(document));
        }
        assertEquals(List.of(AuditRecord.success("INSPECTION_REPORT_EXPORTED", "inspection", "7")), trail);
    }

    @Test
    void theEnglishReportSpeaksEnglishAndKeepsWhatPeopleWrote() throws Exception {
        byte[] pdf = reports(inspection(NOTE)).pdf(OFFICER, 7, Languages.ENGLISH).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = compact(new PDFTextStripper().getText(document));
            for (String shown : List.of("Sitecodeon-siteinspectionreport", VENUE.name(), "OuyangRoadSub-district",
                    "Marketsandsupermarkets", "Failed", "Staffcheckeverypersonentering", "Fail", "Inspectionphoto2",
                    "inspectionnumber7")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertTrue(body(document).contains(compact(NOTE)));
            assertEquals(PHOTOS.size(), images(document));
        }
    }

    @Test
    void aNoteLongerThanAPageGoesOnOverTheNextPagesUncut() throws Exception {
        String note = note(3000);
        try (PDDocument document = Loader.loadPDF(reports(inspection(note)).pdf(OFFICER, 7, Locale.CHINA).orElseThrow())) {
            assertTrue(document.getNumberOfPages() >= 4, document.getNumberOfPages() + " pages");
            assertTrue(body(document).contains(compact(note)));
        }
    }

    @Test
    void anInspectionWithoutPhotosSaysSo() throws Exception {
        InspectionView inspection = inspection(NOTE);
        InspectionView withoutPhotos = new InspectionView(inspection.id(), inspection.venueId(), inspection.inspector(), null, false, null,
                null, inspection.result(), inspection.submittedAt(), inspection.findings(), List.of());
        try (PDDocument document = Loader.loadPDF(reports(withoutPhotos).pdf(OFFICER, 7, Languages.CHINESE)
                .orElseThrow())) {
            String text = compact(new PDFTextStripper().getText(document));
            for (String shown : List.of("无照片", "不是本场所的有效场所码", "检查位置未记录")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertEquals(0, images(document));
        }
    }

    @Test
    void anInspectionTheReaderMayNotSeeHasNoReportAndLeavesNoTrail() {
        assertEquals(Optional.empty(), reports(inspection(NOTE)).pdf(OFFICER, 8, Languages.CHINESE));
        assertEquals(List.of(), trail);
    }

    /** The inspection of id 7, the only one the reader's district holds. */
    private InspectionReports reports(InspectionView inspection) {
        InspectionReports reports = new InspectionReports();
        reports.inspections = new Inspections() {
            @Override
            public Optional<InspectionView> find(Caller reader, long id) {
                return Optional.of(inspection).filter(a -> a.id() == id);
            }

            @Override
            public Optional<InspectionPhotos.Photo> photo(Caller reader, long photoId) {
                return Optional.ofNullable(PHOTOS.get(photoId));
            }
        };
        reports.sites = new Sites() {
            @Override
            public Optional<VenueRef> venue(long id) {
                return Optional.of(VENUE).filter(v -> v.id() == id);
            }

        };
        reports.labels = new Labels(List.of(new LabelContribution() {
            @Override
            public String bundle() {
                return InspectionsTexts.BUNDLE;
            }

            @Override
            public Optional<String> name(String kind, String code, Locale locale) {
                return Optional.ofNullable(NAMES.get(kind + ":" + code))
                        .map(names -> names.get(Languages.ENGLISH.equals(locale) ? 1 : 0));
            }
        }));
        reports.fonts = new DocumentFonts("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        reports.auditTrail = new AuditTrail() {
            @Override
            public void record(AuditRecord record) {
                trail.add(record);
            }
        };
        return reports;
    }

    private static InspectionView inspection(String failingNote) {
        return new InspectionView(7, VENUE.id(), "inspector1", VENUE.codeNumber(), true, new BigDecimal("31.2712"),
                new BigDecimal("121.4856"), InspectionResult.FAIL, Instant.parse("2024-05-06T02:30:00Z"),
                List.of(new InspectionView.Item("STAFF_CHECK_EVERYONE", Verdict.FAIL, failingNote),
                        new InspectionView.Item("RECORDS_KEPT", Verdict.PASS, "登记簿齐全")),
                List.of(11L, 12L));
    }

    /** Numbered sentences, so that a lost or repeated piece would show. */
    private static String note(int length) {
        StringBuilder note = new StringBuilder();
        for (int i = 1; note.length() < length; i++) {
            note.append("第").append(i).append("次抽查：门岗未对进入人员逐一查验场所码登记结果，已当场指出。");
        }
        return note.substring(0, length);
    }

    private static byte[] photo(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The text of every page above its footer, page after page. */
    private static String body(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("body", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), 785));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("body"));
        }
        return compact(text.toString());
    }

    private static int images(PDDocument document) throws IOException {
        int count = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
