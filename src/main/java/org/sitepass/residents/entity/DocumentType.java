package org.sitepass.residents.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents a resident is registered by, each with the code that gate devices use for it (see DOMAIN.md,
 * "Details that real systems used": 10, 14, 15, 20, 34). The codes are what is stored and exchanged, never the
 * enum's name; no national standard the project holds names them, so they are fixed here and never renumbered.
 * Named for people under {@code label.documentType.<CODE>} in the module's bundle.
 */
public enum DocumentType {

    /** 居民身份证 (GB 11643-1999 number). */
    RESIDENT_ID_CARD("10"),
    /** 港澳居民来往内地通行证, the permit a Hong Kong or Macao resident enters the mainland with. */
    HONG_KONG_MACAO_PERMIT("14"),
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT("15"),
    /** 护照, of any country. */
    PASSPORT("20"),
    /** 外国人永久居留身份证. */
    PERMANENT_RESIDENCE_CARD("34");

    /** The kind under which {@code Labels} names a document type by its code. */
    public static final String LABEL_KIND = "documentType";

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DocumentType> byCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
