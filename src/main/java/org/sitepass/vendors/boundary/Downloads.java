package org.sitepass.vendors.boundary;

import jakarta.ws.rs.core.Response;
import org.sitepass.vendors.control.DocumentFile;

/** A stored document as a download: its own type, and a file name the browser cannot mistake for a path. */
final class Downloads {

    private Downloads() {
    }

    /** Uploaders choose names; headers must not carry their quotes, line breaks or non-ASCII. */
    static String safeName(DocumentFile file) {
        return file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static Response of(DocumentFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + safeName(file) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
