package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.CityTime;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureWindow;

/** Which receive times each run of an exposure's people search covers, from the marking to the offline horizon. */
class ExposureSearchTest {

    private static final Instant FROM = Instant.parse("2026-12-03T06:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-03T08:00:00Z");
    private static final ExposureWindow WINDOW = new ExposureWindow(FROM, TO);
    private static final Instant LIVE_END = TO.plus(ExposureWindow.CLOCK_ALLOWANCE);

    @Test
    void theMarkingSearchesAroundTheWindowAndTheOfflineUploadsSince() {
        Instant marked = Instant.parse("2026-12-04T02:00:00Z");
        Instant until = ExposureSearch.until(WINDOW, marked);
        assertEquals(marked.minus(ExposureSearch.SETTLED), until);
        assertEquals(List.of(new ExposureSearch(WINDOW.earliestRecorded(), LIVE_END, false),
                new ExposureSearch(LIVE_END, until, true)),
                ExposureSearch.ranges(WINDOW, WINDOW.earliestRecorded(), until));
    }

    @Test
    void aMarkingRightAfterTheWindowLeavesTheRestOfItToTheNextRun() {
        Instant early = TO.plusSeconds(120);
        Instant until = ExposureSearch.until(WINDOW, early);
        assertEquals(List.of(new ExposureSearch(WINDOW.earliestRecorded(), until, false)),
                ExposureSearch.ranges(WINDOW, WINDOW.earliestRecorded(), until));
        Instant later = ExposureSearch.until(WINDOW, early.plus(Duration.ofMinutes(30)));
        assertEquals(List.of(new ExposureSearch(until, LIVE_END, false), new ExposureSearch(LIVE_END, later, true)),
                ExposureSearch.ranges(WINDOW, until, later));
    }

    @Test
    void laterRunsSearchOnlyOfflineUploadsSinceTheLastAndStopAtTheHorizon() {
        Instant scanned = Instant.parse("2026-12-10T00:00:00Z");
        Instant until = ExposureSearch.until(WINDOW, scanned.plus(Duration.ofMinutes(5)));
        assertEquals(List.of(new ExposureSearch(scanned, until, true)), ExposureSearch.ranges(WINDOW, scanned, until));

        Instant end = LIVE_END.plus(EntryCheck.OFFLINE_HORIZON);
        assertEquals(end, ExposureSearch.until(WINDOW, end.plus(Duration.ofDays(3))));
        assertEquals(List.of(), ExposureSearch.ranges(WINDOW, end, end), "nothing is left once the horizon is reached");
    }

    @Test
    void theMarkOnlyMovesOn() {
        Exposure exposure = Exposure.mark(9, WINDOW, null, null, "请尽快做核酸检测。", "tracer1", TO.plusSeconds(3600));
        assertEquals(WINDOW.earliestRecorded(), exposure.scannedTo(), "a new exposure has searched nothing");
        exposure.scanned(TO);
        exposure.scanned(FROM);
        assertEquals(TO, exposure.scannedTo());
    }

    @Test
    void aSearchReadsWithoutLockingAndRemembersOnlyNewPeopleAfterTheLastMark() {
        Instant end = CityTime.now().minus(Duration.ofDays(2));
        Exposure exposure = ExposureTellingTest.exposure(new ExposureWindow(end.minus(Duration.ofHours(1)), end));
        Instant scanned = end.plus(Duration.ofDays(1));
        exposure.scanned(scanned);
        List<String> statements = new ArrayList<>();
        ExposurePeopleSearch search = new ExposurePeopleSearch();
        search.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "find" -> exposure;
                    case "createNativeQuery" -> query((String) arguments[0], statements);
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        search.searchNext(17);

        assertEquals(2, statements.size(), statements.toString());
        assertTrue(statements.get(0).startsWith("SELECT DISTINCT resident_ref FROM tracing_pass_record"));
        assertFalse(statements.get(0).contains("FOR UPDATE") || statements.get(0).contains("INSERT"));
        assertTrue(statements.get(0).contains(", 1, "), "only offline uploads after the window: " + statements.get(0));
        assertTrue(statements.get(1).startsWith("INSERT IGNORE INTO tracing_exposure_pending"
                + " (exposure_id, resident_ref) VALUES (?, ?), (?, ?) [17, a, 17, b]"), statements.get(1));
        assertEquals(1, exposure.people(), "someone already found is not counted again");
        assertTrue(exposure.scannedTo().isAfter(scanned));
    }

    private static Query query(String sql, List<String> statements) {
        List<Object> parameters = new ArrayList<>();
        return (Query) Proxy.newProxyInstance(ExposureSearchTest.class.getClassLoader(), new Class<?>[] {Query.class},
                (query, method, arguments) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.add(arguments[1]);
                        yield query;
                    }
                    case "getResultList" -> {
                        statements.add(sql + " " + parameters);
                        yield List.of("b", "a");
                    }
                    case "executeUpdate" -> {
                        statements.add(sql + " " + parameters);
                        yield 1;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
