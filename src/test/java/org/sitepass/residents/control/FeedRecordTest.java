package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class FeedRecordTest {

    private static final Instant AT = Instant.parse("2022-04-01T02:00:00Z");
    private static final String NUMBER = "11010519491231002X";
    private static final DocumentNumber DOCUMENT = DocumentNumber.of(DocumentType.RESIDENT_ID_CARD, NUMBER,
            LocalDate.of(2022, 4, 1));
    private static final SourceVersion VERSION = new SourceVersion("hc", "r-7", AT);

    @Test
    void aResidentRecordNamesNeitherTheNumberNorTheNameNorTheMobile() {
        String text = new FeedRecord.ResidentRecord(3, VERSION, DOCUMENT, "王小明", "13812345678",
                new Resident.Particulars("310101", LocalDate.of(1949, 12, 31), Sex.FEMALE, false)).toString();
        assertEquals("RESIDENT[index=3, source=hc/r-7@2022-04-01T02:00:00Z, document=" + DOCUMENT.masked() + "]",
                text);
        for (String clear : List.of(NUMBER, "王小明", "13812345678", "1949")) {
            assertFalse(text.contains(clear), clear);
        }
    }

    @Test
    void healthRecordsShowNoHealthFact() {
        String colour = new FeedRecord.ColourRecord(1, VERSION, DOCUMENT, Colour.RED, "R1", "密接人员", AT).toString();
        String nat = new FeedRecord.NatRecord(2, VERSION, DOCUMENT, AT, AT, TestResult.POSITIVE, "仁济医院").toString();
        for (String clear : List.of(NUMBER, "RED", "R1", "密接人员", "POSITIVE", "仁济医院")) {
            assertFalse(colour.contains(clear) || nat.contains(clear), clear);
        }
    }
}
