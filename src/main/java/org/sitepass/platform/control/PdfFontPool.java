package org.sitepass.platform.control;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.Typefaces;

/**
 * Parsed fonts for PDF embedding, each lent to one document at a time. FontBox reads a parsed font by seeking a
 * stream that the fonts of a collection share without a common lock, so a parsed collection is not safe to use
 * from two threads at once; parsing one takes tens of milliseconds, too long to repeat for every document. A parsed
 * WenQuanYi collection holds about 45 MB, so there are at most two; a poster takes 10 to 20 ms, so further callers
 * wait their turn, in order, but not long.
 */
public final class PdfFontPool {

    private static final int MAX_PARSED = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final FontCollection collection;
    private final Semaphore turns = new Semaphore(MAX_PARSED, true);
    private final Queue<Typefaces<TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();

    public PdfFontPool(FontCollection collection) {
        this.collection = collection;
    }

    public void lend(DocumentFonts.PdfWork work) throws IOException {
        turns.acquireUninterruptibly();
        try {
            Typefaces<TrueTypeFont> fonts = idle.poll();
            if (fonts == null) {
                fonts = collection.forPdf();
            }
            try {
                work.run(fonts);
            } finally {
                idle.add(fonts);
            }
        } finally {
            turns.release();
        }
    }
}
