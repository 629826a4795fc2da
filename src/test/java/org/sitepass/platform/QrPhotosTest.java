package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A photo of a paper code, as a phone takes it, gives back what its QR code says; anything else gives nothing. */
class QrPhotosTest {

    private static final String PAYLOAD = "OC1.AAAAAAAAAAAAAAAAAAAAAA.dev1.c2lnbmF0dXJl";

    @Test
    void theCodeIsReadFromAPhotoOfAPaperCard() throws IOException {
        assertEquals(Optional.of(PAYLOAD), QrPhotos.payloadIn(encoded(photoOfCard(true), "jpeg")));
        assertEquals(Optional.of(PAYLOAD), QrPhotos.payloadIn(encoded(photoOfCard(true), "png")));
    }

    @Test
    void aPhotoWithoutACodeReadsAsNothing() throws IOException {
        assertTrue(QrPhotos.payloadIn(encoded(photoOfCard(false), "jpeg")).isEmpty());
    }

    @Test
    void whatIsNoPhotoOrTooLargeReadsAsNothing() throws IOException {
        assertTrue(QrPhotos.payloadIn("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(QrPhotos.payloadIn(new byte[0]).isEmpty());
        byte[] truncated = encoded(photoOfCard(true), "png");
        assertTrue(QrPhotos.payloadIn(Arrays.copyOf(truncated, 40)).isEmpty(), "a broken PNG");
        byte[] huge = Arrays.copyOf(encoded(photoOfCard(true), "jpeg"), QrPhotos.MAX_BYTES + 1);
        assertTrue(QrPhotos.payloadIn(huge).isEmpty(), "over the size limit");
    }

    /** A card held on a grey desk, its code at a phone's distance. */
    private static BufferedImage photoOfCard(boolean withCode) {
        BufferedImage photo = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(120, 125, 130));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.setColor(Color.WHITE);
        g.fillRect(150, 200, 600, 800);
        if (withCode) {
            BitMatrix code = QrModules.encode(PAYLOAD, 4);
            int module = 400 / code.getWidth();
            g.setColor(Color.BLACK);
            for (int y = 0; y < code.getHeight(); y++) {
                for (int x = 0; x < code.getWidth(); x++) {
                    if (code.get(x, y)) {
                        g.fillRect(250 + x * module, 350 + y * module, module, module);
                    }
                }
            }
        }
        g.dispose();
        return photo;
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
