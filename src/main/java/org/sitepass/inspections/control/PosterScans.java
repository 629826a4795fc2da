package org.sitepass.inspections.control;

import java.util.Optional;
import org.sitepass.platform.QrPhotos;

/**
 * Reads the QR code of a site-code poster from a photo the inspector's phone took of it. The photo is read on the
 * server, so that any phone camera works without a scanning app; what it says is then verified like any scan.
 */
public final class PosterScans {

    private PosterScans() {
    }

    /**
     * @return the QR code's text, or empty when the photo shows none that can be read
     * @throws org.sitepass.platform.InvalidInput on {@code photos} for anything but a JPEG or PNG within the limit
     */
    public static Optional<String> payloadIn(byte[] photo) {
        return QrPhotos.payloadIn(InspectionPhotos.pixels(photo));
    }
}
