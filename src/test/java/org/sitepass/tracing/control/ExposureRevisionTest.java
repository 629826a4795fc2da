package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Roles;
import org.sitepass.residents.Residents;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureWindow;

/** A correction or a withdrawal changes one row in the tracer's request; the notices follow after, batch by batch. */
class ExposureRevisionTest {

    private static final Instant MARKED = Instant.parse("2026-12-04T02:00:00Z");
    private static final Caller TRACER = new Caller("tracer2", Set.of(Roles.TRACER), null);

    private final List<String> revised = new ArrayList<>();
    private final List<Object> fired = new ArrayList<>();
    private final Exposures exposures = new Exposures();
    private final Exposure exposure = ExposureTellingTest.exposure();

    @SuppressWarnings("unchecked") // a proxy of the event interface
    ExposureRevisionTest() {
        exposures.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "find" -> exposure;
                    case "createNativeQuery" -> Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {jakarta.persistence.Query.class}, (query, call, values) ->
                                    "executeUpdate".equals(call.getName()) ? (Object) 0 : query);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        exposures.changed = (Event<ExposureChanged>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, arguments) -> {
                    fired.add(arguments[0]);
                    return null;
                });
        exposures.auditTrail = new AuditTrail() {
            @Override
            public void record(AuditRecord record) {
                revised.add("audit " + record.action());
            }
        };
        exposures.sites = new Sites() {
            @Override
            public Optional<VenueRef> venue(long id) {
                return Optional.empty();
            }
        };
        exposures.residents = new Residents() {
            @Override
            public long correctNotices(String placedFor, String text, String by, long afterId, int limit) {
                revised.add("correct " + placedFor + " " + text + " " + by + " " + afterId + " " + limit);
                return afterId + limit;
            }

            @Override
            public long withdrawNotices(String placedFor, String by, long afterId, int limit) {
                revised.add("withdraw " + placedFor + " " + by + " " + afterId + " " + limit);
                return 0;
            }
        };
    }

    @Test
    void aCorrectionChangesTheExposureAndLeavesTheNoticesToAfterTheCommit() {
        exposures.correct(TRACER, 17, "时间更正，请尽快检测。");
        assertEquals("时间更正，请尽快检测。", exposure.noticeText());
        assertEquals(List.of("audit " + Exposures.CORRECTED), revised, "no notice is touched in the request");
        assertEquals(List.of(new ExposureChanged(17)), fired);
    }

    @Test
    void aWithdrawalChangesTheExposureAndLeavesTheNoticesToAfterTheCommit() {
        exposures.withdraw(TRACER, 17);
        assertEquals(List.of("audit " + Exposures.WITHDRAWN), revised, "no notice is touched in the request");
        assertEquals(List.of(new ExposureChanged(17)), fired);
    }

    @Test
    void theNoticesFollowTheExposureAsItStandsBatchByBatch() {
        assertFalse(exposures.reviseNext(17), "an exposure never changed has nothing to revise");
        exposure.correct("时间更正，请尽快检测。", "tracer2", MARKED.plusSeconds(60));
        assertTrue(exposures.reviseNext(17));
        assertTrue(exposures.reviseNext(17));
        assertEquals(2L * Exposures.BATCH, exposure.revisedTo().getAsLong());
        exposure.withdraw("tracer3", MARKED.plusSeconds(120));
        assertFalse(exposures.reviseNext(17));
        assertTrue(exposure.revisedTo().isEmpty(), "nothing waits once the last batch is done");
        assertEquals(List.of("correct EX-20261204-17 时间更正，请尽快检测。 tracer2 0 " + Exposures.BATCH,
                "correct EX-20261204-17 时间更正，请尽快检测。 tracer2 200 " + Exposures.BATCH,
                "withdraw EX-20261204-17 tracer3 0 " + Exposures.BATCH), revised);
    }
}
