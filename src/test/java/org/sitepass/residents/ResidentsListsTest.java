package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.control.QueryCounter;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

/** A tracer's lists of hundreds of people cost one query each, however long the list. */
class ResidentsListsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final ResidentRef REF = new ResidentRef("abcdefghijklmnopqrstuv");

    private final QueryCounter counter = new QueryCounter(QueryCounter.stored(Resident.register(REF,
            DocumentType.RESIDENT_ID_CARD, new SealedIdentity("n", "ni", "name", null, null),
            new Resident.Particulars("310109", null, Sex.MALE, false), new SourceVersion("hc", "1", NOW), NOW), 7),
            List.of());
    private final Residents residents = new Residents();
    private final List<ResidentRef> hundreds = new ArrayList<>();

    ResidentsListsTest() {
        residents.registry = counter.registry("张*三");
        hundreds.add(REF);
        for (int i = 0; i < 300; i++) {
            hundreds.add(new ResidentRef(String.format("person%016d", i)));
        }
    }

    @Test
    void maskedNamesOfHundredsInOneQuery() {
        assertEquals(Map.of(REF, "张*三"), residents.maskedNames(hundreds), "unknown references are left out");
        assertEquals(1, counter.executed().size(), String.join("\n", counter.executed()));
        assertTrue(counter.executed().get(0).contains(" IN "), counter.executed().get(0));
    }

    @Test
    void districtsOfHundredsInOneQuery() {
        assertEquals(Map.of(REF, "310109"), residents.districtsOf(hundreds));
        assertEquals(1, counter.executed().size(), String.join("\n", counter.executed()));
    }

    @Test
    void anEmptyListAsksNothing() {
        assertEquals(Map.of(), residents.maskedNames(List.of()));
        assertTrue(counter.executed().isEmpty());
    }
}
