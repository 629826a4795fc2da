package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sitepass.platform.DocumentFonts;

/**
 * The printable posters of issued site codes: a PNG to preview or print, a PDF to print, and a ZIP of PDFs for a
 * manager with many venues.
 */
@ApplicationScoped
public class Posters {

    private DocumentFonts fonts;

    protected Posters() {
    }

    @Inject
    public Posters(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** A4 portrait at 150 dpi, 1240 × 1754 pixels. */
    public byte[] png(PosterContent content, PosterWording wording) {
        try {
            return ImageCanvas.poster(content, wording, fonts.forImages());
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the poster of " + content.codeNumber(), e);
        }
    }

    public byte[] pdf(PosterContent content, PosterWording wording) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            fonts.lend(typefaces -> PdfCanvas.poster(content, wording, typefaces, out));
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the poster of " + content.codeNumber(), e);
        }
        return out.toByteArray();
    }

    /**
     * Writes one PDF per venue, named by its code number, each made just before it is written, so that a long
     * list never sits in memory. Leaves {@code out} open: it belongs to the caller.
     */
    public void zip(List<PosterContent> contents, PosterWording wording, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(keptOpen(out))) {
            for (PosterContent content : contents) {
                byte[] pdf = pdf(content, wording);
                zip.putNextEntry(new ZipEntry(entryName(content)));
                zip.write(pdf);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the posters", e);
        }
    }

    /** The code number is digits and hyphens; anything else is replaced, so that no name escapes the folder. */
    private static String entryName(PosterContent content) {
        return content.codeNumber().replaceAll("[^0-9A-Za-z-]", "_") + ".pdf";
    }

    /** Lets closing the ZIP stream release its compressor without closing the caller's stream. */
    private static OutputStream keptOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
