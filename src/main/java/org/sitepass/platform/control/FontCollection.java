package org.sitepass.platform.control;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.Typefaces;

/**
 * The configured font collection, read for Java 2D and for PDFBox. A missing or unreadable file is an operator's
 * error, so it fails with a message that names the setting to fix.
 */
public final class FontCollection {

    private final Path file;

    public FontCollection(Path file) {
        this.file = file;
    }

    public Typefaces<Font> forImages() {
        requireReadable();
        try {
            Map<String, Font> fonts = new LinkedHashMap<>();
            for (Font font : Font.createFonts(file.toFile())) {
                fonts.put(font.getPSName(), font);
            }
            return pick(fonts);
        } catch (IOException | FontFormatException e) {
            throw unusable(e);
        }
    }

    /**
     * Parses the collection anew. The collection is never closed: it holds the file in memory, and its fonts read
     * from that copy for as long as they are used.
     */
    public Typefaces<TrueTypeFont> forPdf() {
        requireReadable();
        try {
            Map<String, TrueTypeFont> fonts = new LinkedHashMap<>();
            new TrueTypeCollection(file.toFile()).processAllFonts(font -> fonts.put(font.getName(), font));
            if (fonts.isEmpty()) {
                throw new IOException("the collection holds no font");
            }
            return pick(fonts);
        } catch (IOException e) {
            throw unusable(e);
        }
    }

    /**
     * The monospaced member is the one whose PostScript name ends in {@code Mono}, as in WenQuanYi Micro Hei Mono.
     *
     * @param byPostScriptName the collection's fonts in file order
     */
    static <T> Typefaces<T> pick(Map<String, T> byPostScriptName) {
        T text = byPostScriptName.values().iterator().next();
        T mono = byPostScriptName.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("Mono"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(text);
        return new Typefaces<>(text, mono);
    }

    private void requireReadable() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalStateException(DocumentFonts.SETTING + " names " + file
                    + ", which is not a readable file");
        }
    }

    private IllegalStateException unusable(Exception cause) {
        return new IllegalStateException(DocumentFonts.SETTING + " names " + file
                + ", which is not a TrueType font collection (.ttc)", cause);
    }
}
