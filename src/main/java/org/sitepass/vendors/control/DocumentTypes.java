package org.sitepass.vendors.control;

import java.util.Arrays;
import java.util.Optional;
import org.sitepass.platform.InvalidInput;
import org.sitepass.vendors.VendorsTexts;

/**
 * What a document is, by its first bytes: PDF, PNG or JPEG, whatever its name says. A licence renamed from an
 * executable stays an executable, and is refused.
 */
public final class DocumentTypes {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String FIELD = "file";

    private enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String mediaType;
        private final byte[] magic;

        Type(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        boolean starts(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

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
        Optional<Type> type = Arrays.stream(Type.values()).filter(t -> t.starts(content)).findFirst();
        return type.map(t -> t.mediaType).orElseThrow(() -> problem("documents.type"));
    }

    /** A file name as the browser sent it, made fit to keep: no control or format characters, at most 200 long. */
    public static String keptName(String submitted) {
        String name = submitted == null ? "" : submitted.replaceAll(".*[\\\\/]", "")
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:*?\"|]", "_").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static InvalidInput problem(String key) {
        return InvalidInput.of(FIELD, VendorsTexts.text(key));
    }
}
