package org.sitepass.vendors.control;

import java.time.Instant;
import org.sitepass.vendors.entity.Document;

/** A document's facts without its content, for lists. */
public record DocumentView(long id, String kind, Long modelId, String fileName, String contentType, int sizeBytes,
                           Instant uploadedAt) {

    static DocumentView of(Document d) {
        return new DocumentView(d.getId(), d.getKind().name(), d.getModelId(), d.getFileName(), d.getContentType(),
                d.getSizeBytes(), d.getUploadedAt());
    }
}
