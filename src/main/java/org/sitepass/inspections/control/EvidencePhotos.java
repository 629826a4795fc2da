package org.sitepass.inspections.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.sitepass.inspections.entity.Plan;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;

/**
 * Photos an inspector takes as evidence: JPEG or PNG by content, at most 5 MB, and stored redrawn from their pixels
 * only, so that the phone's location and other metadata never reach the database.
 */
public final class EvidencePhotos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    /** A photo as kept: its type and its pixels, nothing else. */
    public record Photo(String contentType, byte[] content) {
    }

    private EvidencePhotos() {
    }

    /** Photos as a phone sends them in JSON (base64), each cleaned; one bad photo refuses them all. */
    public static List<Photo> cleanAll(List<String> base64) {
        try {
            return base64.stream().map(p -> Base64.getMimeDecoder().decode(p)).map(EvidencePhotos::clean).toList();
        } catch (IllegalArgumentException e) {
            throw problem("audits.photo.type");
        }
    }

    /** @throws InvalidInput on field {@code photos} for anything but a readable JPEG or PNG within the limit */
    public static Photo clean(byte[] uploaded) {
        if (uploaded.length == 0 || uploaded.length > MAX_BYTES) {
            throw problem("audits.photo.size");
        }
        String format = starts(uploaded, JPEG) ? "jpeg" : starts(uploaded, PNG) ? "png" : null;
        if (format == null) {
            throw problem("audits.photo.type");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(uploaded));
            if (image == null) {
                throw problem("audits.photo.type");
            }
            BufferedImage pixels = new BufferedImage(image.getWidth(), image.getHeight(),
                    "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            pixels.createGraphics().drawImage(image, 0, 0, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(pixels, format, out);
            return new Photo("image/" + format, out.toByteArray());
        } catch (IOException e) {
            throw problem("audits.photo.type");
        }
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static InvalidInput problem(String key) {
        return InvalidInput.of("photos", new ModuleText(Plan.BUNDLE, key, MAX_BYTES / (1024 * 1024)));
    }
}
