package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Labels;
import org.sitepass.residents.boundary.ResidentsCodeLabels;

class DocumentTypeTest {

    private static final Labels LABELS = new Labels(List.of(new ResidentsCodeLabels()));

    /** The codes are stored and exchanged with gate devices: they never change. */
    @Test
    void eachTypeKeepsTheCodeGateDevicesUse() {
        Map<DocumentType, String> codes = Map.of(DocumentType.RESIDENT_ID_CARD, "10",
                DocumentType.HONG_KONG_MACAO_PERMIT, "14", DocumentType.TAIWAN_PERMIT, "15",
                DocumentType.PASSPORT, "20", DocumentType.PERMANENT_RESIDENCE_CARD, "34");
        assertEquals(codes.size(), DocumentType.values().length);
        codes.forEach((type, code) -> {
            assertEquals(code, type.code());
            assertEquals(Optional.of(type), DocumentType.byCode(code));
        });
        assertEquals(Optional.empty(), DocumentType.byCode("11"));
        assertEquals(Optional.empty(), DocumentType.byCode(null));
    }

    @Test
    void eachTypeIsNamedInChineseAndEnglish() {
        assertEquals("居民身份证", LABELS.of(DocumentType.LABEL_KIND, "10", Locale.CHINESE));
        assertEquals("Passport", LABELS.of(DocumentType.LABEL_KIND, "20", Locale.ENGLISH));
        for (DocumentType type : DocumentType.values()) {
            assertNamed(DocumentType.LABEL_KIND, type.code());
        }
    }

    @Test
    void eachSexIsNamedInChineseAndEnglish() {
        assertEquals("女", LABELS.of(Sex.LABEL_KIND, "FEMALE", Locale.CHINESE));
        Stream.of(Sex.values()).forEach(sex -> assertNamed(Sex.LABEL_KIND, sex.name()));
    }

    private static void assertNamed(String kind, String code) {
        String chinese = LABELS.of(kind, code, Locale.CHINESE);
        String english = LABELS.of(kind, code, Locale.ENGLISH);
        assertNotEquals(code, chinese);
        assertNotEquals(code, english);
        assertNotEquals(chinese, english);
    }
}
