package org.sitepass.vendors.boundary;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import org.sitepass.platform.FileName;
import org.sitepass.platform.FileNames;
import org.sitepass.platform.InvalidInput;
import org.sitepass.vendors.VendorsTexts;
import org.sitepass.vendors.control.DocumentTypes;

/**
 * An uploaded document: the body is the file, its name a query parameter (a bean, as Payara's OpenAPI generator
 * fails on constraints placed on query parameters directly).
 */
public class DocumentUpload {

    @QueryParam("fileName")
    @Size(max = FileNames.MAX_LENGTH, message = "{sitepass.validation.length}")
    @FileName
    String fileName;

    /** A megabyte over a document's limit, so that a file just too large is told so by {@link #bounded}. */
    static final int MAX_BODY_MEGABYTES = DocumentTypes.MAX_BYTES / (1024 * 1024) + 1;

    String fileName() {
        return FileNames.kept(fileName, DocumentTypes.UNNAMED);
    }

    /** Reads no more than a document may hold, so an endless body costs us 5 MB, not the heap. */
    static byte[] bounded(InputStream body) throws IOException {
        byte[] content = body.readNBytes(DocumentTypes.MAX_BYTES + 1);
        if (content.length > DocumentTypes.MAX_BYTES) {
            throw InvalidInput.of("file", VendorsTexts.text("documents.tooLarge",
                    DocumentTypes.MAX_BYTES / (1024 * 1024)));
        }
        return content;
    }
}
