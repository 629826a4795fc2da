package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configured collection gives a text face and a monospaced face, to Java 2D and to PDFBox alike. */
class DocumentFontsTest {

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private final DocumentFonts fonts = new DocumentFonts(FONT);

    @Test
    void imagesGetTheCollectionsTextFaceAndItsMonospacedMember() {
        Typefaces<java.awt.Font> faces = fonts.forImages();
        assertFalse(faces.text().getPSName().endsWith("Mono"), faces.text().getPSName());
        assertTrue(faces.mono().getPSName().endsWith("Mono"), faces.mono().getPSName());
        assertTrue(faces.text().canDisplay('码'));
    }

    @Test
    void pdfsBorrowParsedFontsWithTheSameTwoFaces() throws Exception {
        List<Typefaces<TrueTypeFont>> lent = new ArrayList<>();
        fonts.lend(lent::add);
        assertEquals(1, lent.size());
        assertFalse(lent.get(0).text().getName().endsWith("Mono"), lent.get(0).text().getName());
        assertTrue(lent.get(0).mono().getName().endsWith("Mono"), lent.get(0).mono().getName());
    }

    @Test
    void aCharacterTheFontLacksShowsAsABox() {
        assertEquals("虹口□店", DocumentFonts.showable("虹口\uD840\uDC00店", c -> c < 0x10000));
        assertEquals("a?c", DocumentFonts.showable("abc", c -> c != 'b' && c != '\u25a1'));
    }

    @Test
    void aMissingFontFileIsAnOperatorErrorThatNamesTheSetting() {
        assertNamesTheSetting(new DocumentFonts("/nonexistent/wqy-microhei.ttc"));
    }

    @Test
    void aFileThatIsNoFontCollectionIsAnOperatorErrorToo(@TempDir Path folder) throws Exception {
        Path notAFont = Files.writeString(folder.resolve("font.ttc"), "not a font");
        assertNamesTheSetting(new DocumentFonts(notAFont.toString()));
    }

    private static void assertNamesTheSetting(DocumentFonts misconfigured) {
        IllegalStateException images = assertThrows(IllegalStateException.class, misconfigured::forImages);
        assertTrue(images.getMessage().contains("sitepass.font"), images.getMessage());
        IllegalStateException pdf = assertThrows(IllegalStateException.class, () -> misconfigured.lend(f -> { }));
        assertTrue(pdf.getMessage().contains("sitepass.font"), pdf.getMessage());
    }
}
