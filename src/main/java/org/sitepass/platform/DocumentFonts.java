package org.sitepass.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.control.FontCollection;
import org.sitepass.platform.control.PdfFontPool;

/**
 * The font collection with Chinese glyphs that printed documents (posters, reports) are drawn in, for Java 2D and
 * for PDFBox. It is read on first use rather than at start-up, so that a deployment whose font is missing still
 * serves everything else, and picks the font up without a restart once it is installed.
 */
@ApplicationScoped
public class DocumentFonts {

    public static final String SETTING = "sitepass.font";

    /** Work on one PDF that needs the parsed fonts to itself until it returns: subsetting reads them on saving. */
    public interface PdfWork {
        void run(Typefaces<TrueTypeFont> fonts) throws IOException;
    }

    private FontCollection collection;
    private PdfFontPool pdfFonts;
    private final Object imageFontsLock = new Object();
    private volatile Typefaces<Font> imageFonts;

    protected DocumentFonts() {
    }

    @Inject
    public DocumentFonts(@ConfigProperty(name = SETTING,
            defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") String file) {
        collection = new FontCollection(Path.of(file));
        pdfFonts = new PdfFontPool(collection);
    }

    /**
     * The fonts for Java 2D, which draws with them from any number of threads. Loaded once, by whichever thread
     * comes first; a failed load is retried by the next call.
     *
     * @throws IllegalStateException naming the setting when the file is missing or no font collection
     */
    public Typefaces<Font> forImages() {
        Typefaces<Font> fonts = imageFonts;
        if (fonts == null) {
            synchronized (imageFontsLock) {
                fonts = imageFonts;
                if (fonts == null) {
                    fonts = collection.forImages();
                    imageFonts = fonts;
                }
            }
        }
        return fonts;
    }

    /**
     * Runs the work with parsed fonts that no other document uses meanwhile.
     *
     * @throws IllegalStateException naming the setting when the file is missing or no font collection
     */
    public void lend(PdfWork work) throws IOException {
        pdfFonts.lend(work);
    }

    /**
     * The faces as fonts of one document, embedded as subsets of the glyphs it shows, so that it prints the same
     * anywhere, stays small, and its text can be searched and read aloud.
     */
    public static Typefaces<PDType0Font> embed(PDDocument document, Typefaces<TrueTypeFont> fonts)
            throws IOException {
        PDType0Font text = PDType0Font.load(document, fonts.text(), true);
        PDType0Font mono = fonts.mono() == fonts.text() ? text : PDType0Font.load(document, fonts.mono(), true);
        return new Typefaces<>(text, mono);
    }

    /**
     * Replaces the characters a font lacks (a rare character in a venue name) by a box, as a browser would: a
     * document with a box is still useful, while PDFBox refuses to write text it has no glyph for.
     */
    public static String showable(String text, IntPredicate hasGlyph) {
        int box = hasGlyph.test('\u25a1') ? '\u25a1' : '?';
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(hasGlyph.test(c) ? c : box));
        return shown.toString();
    }

    public static String showable(String text, PDType0Font font) {
        return showable(text, c -> font.getCmapLookup().getGlyphId(c) > 0);
    }
}
