package org.sitepass.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is by its first bytes, whatever its name or declared type says: a licence renamed from an executable
 * stays an executable. Signatures are matched whole (PNG's eight bytes include a line break pair and an end-of-file
 * mark precisely so that mangled or other files do not pass).
 */
public enum FileType {

    PDF("application/pdf", '%', 'P', 'D', 'F', '-'),
    PNG("image/png", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
    JPEG("image/jpeg", 0xFF, 0xD8, 0xFF),
    /** Also every Office Open XML file (XLSX, DOCX), which is a ZIP archive. */
    ZIP("application/zip", 'P', 'K', 3, 4),
    /** The compound file of legacy Office documents (XLS, DOC). */
    OLE2("application/x-ole-storage", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

    private final String mediaType;
    private final byte[] signature;

    FileType(String mediaType, int... signature) {
        this.mediaType = mediaType;
        this.signature = new byte[signature.length];
        for (int i = 0; i < signature.length; i++) {
            this.signature[i] = (byte) signature[i];
        }
    }

    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.starts(content)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** The part after the slash, which is also the format name image libraries know it by ({@code png}). */
    public String subtype() {
        return mediaType.substring(mediaType.indexOf('/') + 1);
    }

    private boolean starts(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
