package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private int askedFirst;
    private int askedSize;

    private final PagedRows<Integer> rows = new PagedRows<>(() -> 5_000_000_000L, (first, size) -> {
        askedFirst = first;
        askedSize = size;
        return List.of(first);
    }, row -> row);

    @Test
    void aPageOfTheTableIsReadAsTheApiWouldReadIt() {
        assertEquals(List.of(50), rows.load(50, 25, Map.of(), Map.of()));
        assertEquals(25, askedSize);
    }

    @Test
    void aCraftedPageSizeReadsNoMoreThanTheApiAllows() {
        rows.load(-10, 1_000_000, Map.of(), Map.of());
        assertEquals(0, askedFirst);
        assertEquals(PageParameters.MAX_SIZE, askedSize);
    }

    @Test
    void aCountBeyondWhatATableCanShowIsCappedNotWrapped() {
        assertEquals(Integer.MAX_VALUE, rows.count(Map.of()));
        assertEquals("7", rows.getRowKey(7));
    }
}
