package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.Roles;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.entity.ExposureWindow;

class ExposuresTest {

    @Test
    void theStandardTextNamesTheVenueAndTheWindowInTheCitysTime() {
        VenueRef venue = new VenueRef(9, "四川北路菜场", "310109-0000001-9", "310109", "310109001", "MARKET",
                "manager1", true);
        String text = Exposures.standardText(venue, new ExposureWindow(Instant.parse("2026-12-03T15:30:00Z"),
                Instant.parse("2026-12-03T16:30:00Z")));
        assertEquals("您于 2026-12-03 23:30 至 2026-12-04 00:30 期间到访的场所“四川北路菜场”存在新冠病毒暴露风险。"
                + "请尽快到就近采样点做核酸检测，结果出来前请减少外出、做好防护。", text);
    }

    @Test
    void aTimeIsAUtcInstantOrNothing() {
        assertEquals(Instant.parse("2026-12-03T15:30:00Z"), Exposures.instant("from", "2026-12-03T15:30:00Z"));
        assertNull(Exposures.instant("from", " "));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Exposures.instant("to", "2026-02-30T10:00:00Z"));
        assertEquals("to", refused.problems().get(0).field());
    }

    @Test
    void onlyATracerMarksAndOnlyAManagerSeesTheirVenues() {
        Exposures exposures = new Exposures();
        Caller officer = new Caller("officer1", Set.of(Roles.OFFICER), "310109");
        assertThrows(NotPermitted.class, () -> exposures.mark(officer, new ExposureForm()));
        assertThrows(NotPermitted.class, () -> exposures.withdraw(officer, 1));
        assertThrows(NotPermitted.class, () -> exposures.atVenuesOf(officer));
    }

    @Test
    void aManagerSeesOnlyTheActiveExposuresOfTheirVenuesWhoseNoticesStillStand() {
        List<Object> asked = new ArrayList<>();
        Exposures exposures = new Exposures();
        exposures.noticePeriod = Duration.ofDays(14);
        exposures.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    asked.add(arguments[0]);
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                            (query, call, values) -> switch (call.getName()) {
                                case "setParameter" -> {
                                    asked.add(values[0] + "=" + values[1]);
                                    yield query;
                                }
                                case "getResultStream" -> Stream.empty();
                                default -> throw new UnsupportedOperationException(call.getName());
                            });
                });
        VenueRef mine = new VenueRef(9, "四川北路菜场", "310109-0000001-9", "310109", "310109001", "MARKET",
                "manager1", true);
        VenueRef theirs = new VenueRef(10, "海宁路超市", "310109-0000002-7", "310109", "310109001", "MARKET",
                "manager2", true);
        Instant before = CityTime.now().minus(Duration.ofDays(14));

        exposures.atVenuesOf(new Caller("manager1", Set.of(Roles.VENUE_MANAGER), null), List.of(mine, theirs));

        assertTrue(((String) asked.get(0)).contains("e.status = :active AND e.endsAt > :shownAfter"), asked.toString());
        assertEquals("venues=[9]", asked.get(1), "someone else's venue is left out");
        assertEquals("active=ACTIVE", asked.get(2));
        assertFalse(Instant.parse(((String) asked.get(3)).substring("shownAfter=".length())).isBefore(before));
    }
}
