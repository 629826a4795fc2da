package org.sitepass.sites.control;

import java.util.Map;

/**
 * The two faces a poster uses, picked from a font collection: its first font for text, and its monospaced member
 * (PostScript name ending in {@code Mono}, as in WenQuanYi Micro Hei Mono) for the code number if it has one.
 */
record Typefaces<T>(T text, T mono) {

    /** @param byPostScriptName the collection's fonts in file order */
    static <T> Typefaces<T> pick(Map<String, T> byPostScriptName) {
        T text = byPostScriptName.values().iterator().next();
        T mono = byPostScriptName.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("Mono"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(text);
        return new Typefaces<>(text, mono);
    }

    T of(PosterCanvas.Face face) {
        return face == PosterCanvas.Face.MONO ? mono : text;
    }
}
