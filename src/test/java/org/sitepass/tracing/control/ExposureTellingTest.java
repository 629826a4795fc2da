package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.NoticesPlaced;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureWindow;

/** Telling an exposure's people, one batch per transaction: who is told, with what, and what is forgotten. */
class ExposureTellingTest {

    private static final Instant MARKED = Instant.parse("2026-12-04T02:00:00Z");
    private static final ResidentRef KNOWN = new ResidentRef("aaaaaaaaaaaaaaaaaaaaaa");
    private static final ResidentRef GONE = new ResidentRef("bbbbbbbbbbbbbbbbbbbbbb");

    private final List<String> statements = new ArrayList<>();
    private final List<String> notified = new ArrayList<>();
    private final Exposures exposures = new Exposures();
    private final Exposure exposure = exposure();
    private List<String> pending = List.of(KNOWN.value(), GONE.value());

    ExposureTellingTest() {
        exposure.found(2);
        exposures.em = entityManager();
        exposures.noticePeriod = Duration.ofDays(14);
        exposures.residents = new Residents() {
            @Override
            public NoticesPlaced notifyAll(Collection<ResidentRef> people, String kind, String text, String placedFor,
                                           String placedBy, Instant endsAt) {
                notified.add(people + " " + kind + " " + text + " " + placedFor + " " + placedBy + " " + endsAt);
                return new NoticesPlaced(1, 1, 0);
            }
        };
    }

    @Test
    void aBatchTellsTheKnownPeopleWithTheExposuresTextInTheMarkersName() {
        assertEquals(2, exposures.tellNext(17), "the batch taken, so that the next run goes on");
        assertEquals(List.of(List.of(KNOWN, GONE) + " EXPOSURE 请尽快做核酸检测。 EX-20261204-17 tracer1"
                + " 2026-12-18T01:00:00Z"), notified,
                "the whole batch in one call; someone the registry no longer holds is passed over, not retried");
        assertEquals(1, exposure.notified());
        assertEquals(1, statements.size());
        assertTrue(statements.get(0).startsWith("UPDATE tracing_exposure_pending SET told_at = ? WHERE exposure_id = ?"
                + " AND told_at IS NULL AND resident_ref <= ?"), "the told are kept, so that nobody is told twice");
        assertTrue(statements.get(0).endsWith(", 17, " + GONE.value() + "]"), statements.get(0));
    }

    @Test
    void nobodyLeftEndsTheRun() {
        pending = List.of();
        assertEquals(0, exposures.tellNext(17));
        assertEquals(List.of(), notified);
    }

    @Test
    void aWithdrawnExposureTellsNobodyMoreAndForgetsWhoWasLeft() {
        exposure.withdraw("tracer1", MARKED.plusSeconds(60));
        assertEquals(0, exposures.tellNext(17));
        assertEquals(List.of(), notified);
        assertEquals(List.of("DELETE FROM tracing_exposure_pending WHERE exposure_id = ? [17]"), statements);
    }

    static Exposure exposure() {
        return exposure(new ExposureWindow(MARKED.minusSeconds(7200), MARKED.minusSeconds(3600)));
    }

    /** Exposure 17, marked at 10:00 on 4 December 2026 by tracer1. */
    static Exposure exposure(ExposureWindow window) {
        Exposure exposure = Exposure.mark(9, window, null, null, "请尽快做核酸检测。", "tracer1", MARKED);
        try {
            Field id = Exposure.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(exposure, 17L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return exposure;
    }

    /** Finds the exposure; answers the pending people to a SELECT and records every other statement. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "find" -> exposure;
                    case "createNativeQuery" -> query((String) arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Query query(String sql) {
        List<Object> parameters = new ArrayList<>();
        return (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class},
                (query, method, arguments) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.add(arguments[1]);
                        yield query;
                    }
                    case "getResultList" -> pending;
                    case "executeUpdate" -> {
                        statements.add(sql + " " + parameters);
                        yield 1;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
