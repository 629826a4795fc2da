package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {

    @Test
    void isSavedUnderItsNameAsUtf8Csv() {
        Download download = new CsvDownload("compliance-2026-11-01-2026-11-21", "").download();
        assertEquals("text/csv;charset=UTF-8", download.contentType());
        assertEquals("attachment; filename=\"compliance-2026-11-01-2026-11-21.csv\"", download.disposition());
    }

    @Test
    void theBodyIsTheTextInUtf8() {
        String text = "\uFEFF指标,值\n";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), new CsvDownload("x", text).bytes());
    }
}
