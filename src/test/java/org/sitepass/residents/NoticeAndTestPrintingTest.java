package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A record printed in a log line or a message shows no health data and links no person to a venue. */
class NoticeAndTestPrintingTest {

    @Test
    void aNoticeRequestShowsOnlyItsKindAndWhatItServes() {
        NoticeRequest request = new NoticeRequest(new ResidentRef("abcdefghijklmnopqrstuv"), NoticeRequest.EXPOSURE,
                "您于12月3日到访的四川北路菜场存在暴露风险。", "EX-20261204-17", "tracer1");
        assertEquals("NoticeRequest[EXPOSURE, EX-20261204-17]", request.toString());
    }

    @Test
    void aTestRecordShowsOnlyItsKind() {
        TestRecord test = new TestRecord(TestRecord.NUCLEIC_ACID, Instant.parse("2026-12-03T01:00:00Z"),
                Instant.parse("2026-12-03T09:00:00Z"), TestResult.POSITIVE, "虹口区疾控中心");
        assertEquals("TestRecord[NUCLEIC_ACID]", test.toString());
    }
}
