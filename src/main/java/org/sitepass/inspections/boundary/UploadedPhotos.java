package org.sitepass.inspections.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.control.InspectionPhotos;
import org.sitepass.platform.InvalidInput;

/** Photos chosen in a page's file input, read no further than the limit, in the form the use cases take them. */
final class UploadedPhotos {

    /** As many as an inspection or an answer takes through the API. */
    static final int MAX_PHOTOS = 6;

    private UploadedPhotos() {
    }

    /** The chosen files as base64; a file input left empty sends one empty part, which is no photo. */
    static List<String> base64(Collection<Part> parts) {
        List<Part> chosen = parts == null ? List.of() : parts.stream().filter(p -> p.getSize() > 0).toList();
        if (chosen.size() > MAX_PHOTOS) {
            throw InvalidInput.of("photos", InspectionsTexts.text("inspections.photo.count", MAX_PHOTOS));
        }
        Base64.Encoder encoder = Base64.getEncoder();
        return chosen.stream().map(p -> encoder.encodeToString(bytes(p))).toList();
    }

    /** At most one byte over the limit, which is enough for the photo rules to refuse it. */
    static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(InspectionPhotos.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
