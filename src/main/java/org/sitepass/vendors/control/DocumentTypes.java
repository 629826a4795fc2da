package org.sitepass.vendors.control;

import java.util.EnumSet;
import java.util.Set;
import org.sitepass.platform.FileType;
import org.sitepass.platform.InvalidInput;
import org.sitepass.vendors.VendorsTexts;

/**
 * What a document is, by its first bytes: PDF, PNG or JPEG, whatever its name says. A licence renamed from an
 * executable stays an executable, and is refused.
 */
public final class DocumentTypes {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String UNNAMED = "document";
    static final String FIELD = "file";

    private static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG);

    private DocumentTypes() {
    }

    /** @throws InvalidInput on field {@code file} when the content is empty, too large or of another type */
    public static String mediaTypeOf(byte[] content) {
        if (content.length == 0) {
            throw problem("documents.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of(FIELD, VendorsTexts.text("documents.tooLarge",
                    MAX_BYTES / (1024 * 1024)));
        }
        return FileType.of(content).filter(ACCEPTED::contains).map(FileType::mediaType)
                .orElseThrow(() -> problem("documents.type"));
    }

    private static InvalidInput problem(String key) {
        return InvalidInput.of(FIELD, VendorsTexts.text(key));
    }
}
