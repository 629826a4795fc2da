package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;
import org.sitepass.platform.District;
import org.sitepass.platform.Districts;
import org.sitepass.sites.entity.CodeNumber;
import org.sitepass.sites.entity.Venue;
import org.sitepass.sites.entity.VenueDetails;

/** The ZIP of all posters marks as printed in the link format exactly the codes it holds. */
class PosterDownloadsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private final List<Long> marked = new ArrayList<>();

    @Test
    void onlyTheCodesZippedAreMarkedPrintedNotOneActivatedWhileTheZipStreamed() throws Exception {
        PosterDownloads downloads = downloads(List.of(activeVenue(11, 7), activeVenue(12, 8)));
        downloads.zip(new Caller("manager1", Set.of(), null), new ByteArrayOutputStream());
        assertEquals(List.of(11L, 12L), marked);
    }

    private PosterDownloads downloads(List<Venue> selected) {
        PosterDownloads downloads = new PosterDownloads();
        downloads.em = entityManager(selected);
        downloads.posters = new Posters() {
            @Override
            public void zip(List<PosterContent> contents, PosterWording wording, OutputStream out) {
                assertEquals(selected.size(), contents.size());
            }
        };
        downloads.signatures = new SiteCodeSignatures() {
            @Override
            public String payload(CodeNumber number) {
                return "SP1." + number.value();
            }
        };
        downloads.districts = new Districts() {
            @Override
            public Optional<District> district(String code) {
                return Optional.empty();
            }
        };
        downloads.prints = new PosterPrints() {
            @Override
            public void printedAll(List<Long> venueIds) {
                marked.addAll(venueIds);
            }
        };
        downloads.publicUrl = "https://sitepass.example";
        return downloads;
    }

    private static Venue activeVenue(long id, int number) throws ReflectiveOperationException {
        Venue venue = Venue.draft("manager1", VenueDetails.builder().name("联华超市 " + id).categoryCode("MARKET")
                .districtCode("310109").streetCode("310109009").address("四川北路 " + id + " 号")
                .operatorName("联华超市有限公司").operatorCreditCode("91310000607216596U")
                .sealedResponsiblePerson("sealed-person").sealedContactMobile("sealed-mobile").entrances(2)
                .expectedDailyVisitors(500).build(), NOW);
        venue.submit(NOW);
        venue.approve("officer1", NOW, () -> CodeNumber.of("310109", number));
        Field field = Venue.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(venue, id);
        return venue;
    }

    @SuppressWarnings("unchecked")
    private static EntityManager entityManager(List<Venue> selected) {
        ClassLoader loader = PosterDownloadsTest.class.getClassLoader();
        TypedQuery<Venue> query = (TypedQuery<Venue>) Proxy.newProxyInstance(loader,
                new Class<?>[] {TypedQuery.class}, (self, method, args) -> switch (method.getName()) {
                    case "getResultList" -> selected;
                    case "getResultStream" -> selected.stream();
                    default -> self;
                });
        return (EntityManager) Proxy.newProxyInstance(loader, new Class<?>[] {EntityManager.class},
                (self, method, args) -> query);
    }
}
