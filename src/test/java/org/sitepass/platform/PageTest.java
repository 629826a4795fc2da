package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<Integer> ROWS = IntStream.range(0, 120).boxed().toList();

    @Test
    void withoutParametersItIsTheFirstFiftyRows() {
        PageParameters none = new PageParameters();
        assertEquals(0, none.first());
        assertEquals(new Page<>(List.of("a"), 1, 0, PageParameters.DEFAULT_SIZE), none.answer(List.of("a"), 1));
    }

    @Test
    void aPageStartsWhereThePagesBeforeItEnd() {
        PageParameters third = new PageParameters(2, 25);
        assertEquals(50, third.first());
        Page<Integer> page = third.answer(ROWS.subList(third.first(), third.first() + third.size()), ROWS.size());
        assertEquals(new Page<>(ROWS.subList(50, 75), 120, 2, 25), page);
    }

    @Test
    void aPagesTableReadsOnlyThePageShown() {
        PagedRows<Integer> rows = new PagedRows<>(() -> ROWS.size(),
                (first, size) -> ROWS.subList(first, Math.min(ROWS.size(), first + size)), row -> "r" + row);
        assertEquals(120, rows.count(Map.of()));
        assertEquals(ROWS.subList(100, 120), rows.load(100, 50, Map.of(), Map.of()));
        assertEquals("r7", rows.getRowKey(7));
    }
}
