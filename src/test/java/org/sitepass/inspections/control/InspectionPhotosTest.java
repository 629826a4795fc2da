package org.sitepass.inspections.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;
import org.sitepass.testing.Photos;

/** Inspection photos keep their pixels and lose where the phone was. */
class InspectionPhotosTest {

    @Test
    void aPhonesJpegLosesItsLocationButStaysAPicture() throws IOException {
        byte[] uploaded = Photos.jpegWithLocation();
        assertTrue(Photos.carriesLocation(uploaded), "the fixture carries a location");
        InspectionPhotos.Photo kept = InspectionPhotos.clean(uploaded);
        assertEquals("image/jpeg", kept.contentType());
        assertFalse(Photos.carriesLocation(kept.content()));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(kept.content())));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(kept.content())).getWidth());
    }

    @Test
    void otherFilesAndOversizePhotosAreRefused() {
        assertRefused("inspections.photo.type", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        assertRefused("inspections.photo.type", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        assertRefused("inspections.photo.size", new byte[0]);
        assertRefused("inspections.photo.size", new byte[InspectionPhotos.MAX_BYTES + 1]);
    }

    @Test
    void aSmallFileDeclaringAHugeImageIsRefusedBeforeItsPixelsAreRead() throws IOException {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        ByteBuffer bytes = ByteBuffer.wrap(png.toByteArray());
        bytes.putInt(16, 100_000).putInt(20, 100_000);
        assertRefused("inspections.photo.size", bytes.array());
    }

    @Test
    void aPhotoOfMoreThanTwelveMegapixelsIsKeptAtAFractionOfItsSize() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4000, 4000, BufferedImage.TYPE_INT_RGB), "png", png);
        InspectionPhotos.Photo kept = InspectionPhotos.clean(png.toByteArray());
        assertEquals(2000, ImageIO.read(new ByteArrayInputStream(kept.content())).getWidth());
    }

    private static void assertRefused(String key, byte[] content) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> InspectionPhotos.clean(content));
        assertEquals(key, refused.problems().get(0).text().key());
    }
}
