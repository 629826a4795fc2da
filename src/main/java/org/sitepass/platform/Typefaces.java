package org.sitepass.platform;

/**
 * The two faces a printed document uses, picked from the configured font collection: its first font for text, and
 * its monospaced member for numbers that are read digit by digit (the first font again if it has none).
 *
 * @param <T> the font type of the renderer: Java 2D's {@code Font}, or FontBox's {@code TrueTypeFont} for PDFBox
 */
public record Typefaces<T>(T text, T mono) {
}
