package org.sitepass.inspections.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

/** A photo of a poster, as a phone takes it, gives back what its QR code says. */
class PosterScansTest {

    private static final String PAYLOAD = "SP1.310109-0000001-9.dev1.c2lnbmF0dXJl";

    @Test
    void theCodeIsReadFromAPhotoOfThePosterOnAWall() throws Exception {
        assertEquals(Optional.of(PAYLOAD), PosterScans.payloadIn(jpeg(photoOfPoster(true))));
    }

    @Test
    void aPhotoWithoutACodeReadsAsNothing() throws Exception {
        assertTrue(PosterScans.payloadIn(jpeg(photoOfPoster(false))).isEmpty());
    }

    @Test
    void aFileThatIsNoPhotoIsRefused() {
        assertThrows(InvalidInput.class,
                () -> PosterScans.payloadIn("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A grey wall, the poster slightly off centre, the code on it at a phone's distance. */
    private static BufferedImage photoOfPoster(boolean withCode) throws WriterException {
        BufferedImage photo = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(150, 150, 140));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.setColor(Color.WHITE);
        g.fillRect(230, 260, 760, 1000);
        if (withCode) {
            BitMatrix code = new QRCodeWriter().encode(PAYLOAD, BarcodeFormat.QR_CODE, 480, 480);
            g.setColor(Color.BLACK);
            for (int y = 0; y < code.getHeight(); y++) {
                for (int x = 0; x < code.getWidth(); x++) {
                    if (code.get(x, y)) {
                        g.fillRect(370 + x, 500 + y, 1, 1);
                    }
                }
            }
        }
        g.dispose();
        return photo;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
