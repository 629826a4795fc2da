package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.Colour;
import org.sitepass.residents.HealthFacts;
import org.sitepass.residents.TestResult;

class HealthRecordsTest {

    private static final LocalDate BORN = LocalDate.of(1950, 1, 2);

    @Test
    void nothingReportedIsGreenWithNoTestAndNoDose() {
        assertEquals(new HealthFacts(Colour.GREEN, null, null, null, null, null, 0, BORN, true),
                HealthRecords.facts(List.<Object[]>of(new Object[] {"V", null, null, null, 0L}), BORN, true));
        assertEquals(new HealthFacts(Colour.GREEN, null, null, null, null, null, 0, null, false),
                HealthRecords.facts(List.of(), null, false));
    }

    @Test
    void everyKindOfRowBecomesItsFactAndTheStrictestHoldCounts() {
        HealthFacts facts = HealthRecords.facts(List.of(
                new Object[] {"C", "YELLOW", LocalDateTime.parse("2026-12-01T00:00:00"), null, 0},
                new Object[] {"H", "YELLOW", LocalDateTime.parse("2026-12-02T00:00:00"), null, 0},
                new Object[] {"H", "RED", LocalDateTime.parse("2026-12-03T00:00:00"), null, 0},
                new Object[] {"H", "YELLOW", LocalDateTime.parse("2026-12-04T00:00:00"), null, 0},
                new Object[] {"N", null, Timestamp.valueOf("2026-12-03 08:30:00.123456"), "POSITIVE", 0},
                new Object[] {"A", null, "2026-12-03 09:00:00.000000", "NEGATIVE", 0},
                new Object[] {"V", null, null, null, 3L}), BORN, false);

        assertEquals(new HealthFacts(Colour.YELLOW, Colour.RED, Instant.parse("2026-12-03T08:30:00.123456Z"),
                TestResult.POSITIVE, Instant.parse("2026-12-03T09:00:00Z"), TestResult.NEGATIVE, 3, BORN, false),
                facts);
        assertEquals(Colour.RED, facts.colour());
    }

    @Test
    void aRowOfNoKnownKindIsAnError() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"X", null, null, null, 0});
        assertThrows(IllegalStateException.class, () -> HealthRecords.facts(rows, null, false));
    }
}
