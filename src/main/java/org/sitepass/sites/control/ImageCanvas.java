package org.sitepass.sites.control;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.sitepass.platform.DocumentFonts;
import org.sitepass.platform.Typefaces;

/** Draws a poster into an A4 image at 150 dpi, which prints sharp enough and still loads quickly in a browser. */
final class ImageCanvas implements PosterCanvas {

    static final int DPI = 150;
    private static final float SCALE = DPI / 72f;
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private final Typefaces<Font> fonts;
    private final BufferedImage image;
    private final Graphics2D graphics;

    private ImageCanvas(Typefaces<Font> fonts) {
        this.fonts = fonts;
        image = new BufferedImage(Math.round(PosterLayout.WIDTH * SCALE), Math.round(PosterLayout.HEIGHT * SCALE),
                BufferedImage.TYPE_INT_RGB);
        graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    static byte[] poster(PosterContent content, PosterWording wording, Typefaces<Font> fonts) throws IOException {
        ImageCanvas canvas = new ImageCanvas(fonts);
        try {
            PosterLayout.draw(content, wording, canvas);
        } finally {
            canvas.graphics.dispose();
        }
        return canvas.png();
    }

    @Override
    public float width(String text, Face face, float size) {
        Font font = font(face, size);
        return (float) font.getStringBounds(showable(text, font), MEASURING).getWidth() / SCALE;
    }

    @Override
    public void text(String text, Face face, float size, Color color, float x, float baseline) {
        Font font = font(face, size);
        graphics.setFont(font);
        graphics.setColor(color);
        graphics.drawString(showable(text, font), x * SCALE, baseline * SCALE);
    }

    @Override
    public void fill(Color color, float x, float y, float width, float height) {
        graphics.setColor(color);
        graphics.fill(new Rectangle2D.Float(x * SCALE, y * SCALE, width * SCALE, height * SCALE));
    }

    /** Shrinks the code to whole pixels per module, centred in its square: blurred module edges scan worse. */
    @Override
    public void qr(BitMatrix modules, float x, float y, float size) {
        int count = modules.getWidth();
        int pixels = (int) (size * SCALE / count);
        int inset = Math.round((size * SCALE - pixels * count) / 2);
        int left = Math.round(x * SCALE) + inset;
        int top = Math.round(y * SCALE) + inset;
        graphics.setColor(Color.BLACK);
        for (int row = 0; row < count; row++) {
            for (int column = 0; column < count; column++) {
                if (modules.get(column, row)) {
                    graphics.fillRect(left + column * pixels, top + row * pixels, pixels, pixels);
                }
            }
        }
    }

    private Font font(Face face, float size) {
        return (face == Face.MONO ? fonts.mono() : fonts.text()).deriveFont(size * SCALE);
    }

    private static String showable(String text, Font font) {
        return DocumentFonts.showable(text, font::canDisplay);
    }

    /** Written without ImageIO's disk cache, and marked 150 dpi so that printing it gives an A4 page. */
    private byte[] png() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, resolution(writer)));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private IIOMetadata resolution(ImageWriter writer) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String perMetre = String.valueOf(Math.round(DPI / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(physical);
        metadata.mergeTree(PNG_METADATA, root);
        return metadata;
    }
}
