package org.sitepass.inspections.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the QR code of a site-code poster from a photo the inspector's phone took of it. The photo is read on the
 * server, so that any phone camera works without a scanning app; what it says is then verified like any scan.
 */
public final class PosterScans {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private PosterScans() {
    }

    /**
     * @return the QR code's text, or empty when the photo shows none that can be read
     * @throws org.sitepass.platform.InvalidInput on {@code photos} for anything but a JPEG or PNG within the limit
     */
    public static Optional<String> payloadIn(byte[] photo) {
        BufferedImage image = InspectionPhotos.pixels(photo);
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), argb)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (ReaderException noCodeSeen) {
            return Optional.empty();
        }
    }
}
