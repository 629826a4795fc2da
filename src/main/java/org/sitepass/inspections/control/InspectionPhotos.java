package org.sitepass.inspections.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.FileType;
import org.sitepass.platform.InvalidInput;

/**
 * Photos an inspector takes as evidence: JPEG or PNG by content, at most 5 MB, and stored redrawn from their pixels
 * only, so that the phone's location and other metadata never reach the database.
 */
public final class InspectionPhotos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Photos one inspection or one answer to an order carries at most. */
    public static final int MAX_PER_FORM = 6;
    /**
     * The largest JSON body of a form with photos: base64 writes 3 bytes as 4 characters, and 3 MB more leave room
     * for the rest of the form and for the line breaks MIME base64 may carry (a JSON escape of 4 characters every 76).
     */
    public static final int MAX_FORM_MEGABYTES = MAX_PER_FORM * MAX_BYTES / (1024 * 1024) * 4 / 3 + 3;
    /** A 48-megapixel phone camera's full resolution, and some room. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Plenty for evidence and for reading a QR code; larger photos are read at a fraction of their size. */
    static final long KEPT_PIXELS = 12_000_000L;

    /** A photo as kept: its type and its pixels, nothing else. */
    public record Photo(String contentType, byte[] content) {
    }

    private InspectionPhotos() {
    }

    /** Photos as a phone sends them in JSON (base64), each cleaned; one bad photo refuses them all. */
    public static List<Photo> cleanAll(List<String> base64) {
        try {
            return base64.stream().map(p -> Base64.getMimeDecoder().decode(p)).map(InspectionPhotos::clean).toList();
        } catch (IllegalArgumentException e) {
            throw problem("inspections.photo.type");
        }
    }

    /** @throws InvalidInput on field {@code photos} for anything but a readable JPEG or PNG within the limit */
    public static Photo clean(byte[] uploaded) {
        String format = format(uploaded);
        BufferedImage image = pixels(uploaded);
        BufferedImage redrawn = new BufferedImage(image.getWidth(), image.getHeight(),
                "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        redrawn.createGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(redrawn, format, out);
        } catch (IOException e) {
            throw problem("inspections.photo.type");
        }
        return new Photo("image/" + format, out.toByteArray());
    }

    /**
     * The pixels of a JPEG or PNG within the limit. Its dimensions are read before its pixels: a small file can
     * declare an image that would fill the server's memory.
     */
    static BufferedImage pixels(byte[] uploaded) {
        format(uploaded);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(uploaded))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw problem("inspections.photo.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw problem("inspections.photo.size");
                }
                ImageReadParam every = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / KEPT_PIXELS));
                if (step > 1) {
                    every.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, every);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof InvalidInput problem ? problem : problem("inspections.photo.type");
        }
    }

    private static String format(byte[] uploaded) {
        if (uploaded.length == 0 || uploaded.length > MAX_BYTES) {
            throw problem("inspections.photo.size");
        }
        return FileType.of(uploaded).filter(t -> t == FileType.JPEG || t == FileType.PNG).map(FileType::subtype)
                .orElseThrow(() -> problem("inspections.photo.type"));
    }

    private static InvalidInput problem(String key) {
        return InvalidInput.of("photos", InspectionsTexts.text(key, MAX_BYTES / (1024 * 1024)));
    }
}
