package org.sitepass.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code in a photo a phone took (a poster on a wall, a paper code in a hand). The photo is read on the
 * server, so that any phone camera works without a scanning app; what the code says is then verified like any scan.
 */
public final class QrPhotos {

    /** A phone camera's photo at full quality, and some room. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** A 48-megapixel phone camera's full resolution, and some room. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Plenty for a QR code; larger photos are read at a fraction of their size. */
    static final long KEPT_PIXELS = 12_000_000L;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private QrPhotos() {
    }

    /** The QR code's text, or empty when the picture shows none that can be read. */
    public static Optional<String> payloadIn(BufferedImage image) {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), argb)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (ReaderException noCodeSeen) {
            return Optional.empty();
        }
    }

    /**
     * The QR code's text in a JPEG or PNG of at most {@link #MAX_BYTES}, or empty when the file is none of those or
     * shows no code that can be read. Its dimensions are read before its pixels: a small file can declare an image
     * that would fill the server's memory.
     */
    public static Optional<String> payloadIn(byte[] photo) {
        boolean image = FileType.of(photo).filter(t -> t == FileType.JPEG || t == FileType.PNG).isPresent();
        if (!image || photo.length > MAX_BYTES) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / KEPT_PIXELS));
                param.setSourceSubsampling(Math.max(step, 1), Math.max(step, 1), 0, 0);
                return payloadIn(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
