package org.sitepass.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Photos as a phone sends them: a JPEG with an EXIF segment that carries a location. */
public final class Photos {

    private Photos() {
    }

    public static byte[] jpegWithLocation() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 40, 24);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] plain = jpeg.toByteArray();
        byte[] exif = "Exif\0\0GPSLatitude=31.2712;GPSLongitude=121.4856".getBytes(StandardCharsets.ISO_8859_1);
        int length = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    public static boolean carriesLocation(byte[] photo) {
        String text = new String(photo, StandardCharsets.ISO_8859_1);
        return text.contains("Exif") || text.contains("GPS");
    }
}
