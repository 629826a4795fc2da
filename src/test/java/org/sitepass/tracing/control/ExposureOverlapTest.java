package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/** Marking a venue whose active exposure overlaps the window would tell everyone twice: it is refused. */
class ExposureOverlapTest {

    private final List<String> statements = new ArrayList<>();

    @Test
    void anOverlappingActiveExposureOfTheVenueIsRefusedWith409BeforeAnythingIsWritten() {
        Exposures exposures = new Exposures();
        exposures.sites = new Sites() {
            @Override
            public Optional<VenueRef> venue(long id) {
                return Optional.of(new VenueRef(9, "四川北路菜场", "310109-0000001-9", "310109", "310109001", "MARKET",
                        "manager1", true));
            }
        };
        exposures.retention = new RetentionPeriod() {
            @Override
            public LocalDate firstKept(LocalDate today) {
                return today.minusDays(28);
            }
        };
        exposures.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "createNativeQuery" -> overlapping((String) arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Instant to = CityTime.now().minus(Duration.ofHours(1));
        ExposureForm form = new ExposureForm();
        form.setVenueId(9L);
        form.setFrom(to.minus(Duration.ofHours(2)).toString());
        form.setTo(to.toString());

        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> exposures.mark(new Caller("tracer1", Set.of(Roles.TRACER), null), form));

        assertEquals(RequestRefused.CONFLICT, refused.status());
        assertEquals(1, statements.size(), "nothing persisted, nobody searched");
        assertTrue(statements.get(0).startsWith(Exposures.OVERLAPPING + " [9, ACTIVE, "),
                "the venue's active exposures, read for update: " + statements.get(0));
    }

    private Query overlapping(String sql) {
        List<Object> parameters = new ArrayList<>();
        return (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class},
                (query, method, arguments) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.add(arguments[1]);
                        yield query;
                    }
                    case "getResultList" -> {
                        statements.add(sql + " " + parameters);
                        yield List.of(3L);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
