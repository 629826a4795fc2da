package org.sitepass.sites.control;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.IOException;

/**
 * A poster's drawing surface, measured in PDF points from the top left of an A4 page, so that the PNG and the
 * PDF share one layout.
 */
interface PosterCanvas {

    /** The typefaces of a poster: one for text, and a monospaced one so that a code number reads digit by digit. */
    enum Face { TEXT, MONO }

    float width(String text, Face face, float size) throws IOException;

    void text(String text, Face face, float size, Color color, float x, float baseline) throws IOException;

    void fill(Color color, float x, float y, float width, float height) throws IOException;

    /** Draws the modules, quiet zone included, as black squares within the given square. */
    void qr(BitMatrix modules, float x, float y, float size) throws IOException;
}
