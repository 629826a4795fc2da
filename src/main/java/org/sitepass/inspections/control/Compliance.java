package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitepass.inspections.entity.ChecklistItem;
import org.sitepass.inspections.entity.Inspection;
import org.sitepass.inspections.entity.InspectionResult;
import org.sitepass.inspections.entity.OrderStatus;
import org.sitepass.inspections.entity.PlannedVisit;
import org.sitepass.inspections.entity.PlannedVisitStatus;
import org.sitepass.inspections.entity.RectificationOrder;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CsvTable;
import org.sitepass.platform.Period;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/** The compliance view of a district over a period, for its officers and inspectors. */
@ApplicationScoped
public class Compliance {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    public ComplianceFigures figures(Caller reader, Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        String district = InspectionScope.district(reader);
        List<PlannedVisit> planned = em.createQuery("""
                        SELECT a FROM PlannedVisit a, Plan p WHERE p.id = a.planId AND p.districtCode = :district
                          AND p.periodFrom <= :to AND p.periodTo >= :from""", PlannedVisit.class)
                .setParameter("district", district).setParameter("from", from).setParameter("to", to).getResultList();
        List<Inspection> inspections = em.createQuery("""
                        SELECT a FROM Inspection a WHERE a.place.districtCode = :district AND a.submittedAt >= :from
                          AND a.submittedAt < :to""", Inspection.class)
                .setParameter("district", district).setParameter("from", CityTime.startOf(from))
                .setParameter("to", CityTime.startOf(to.plusDays(1))).getResultList();
        List<RectificationOrder> open = em.createQuery("""
                        SELECT o FROM RectificationOrder o WHERE o.place.districtCode = :district
                          AND o.status IN :open""",
                        RectificationOrder.class)
                .setParameter("district", district)
                .setParameter("open", List.of(OrderStatus.OPEN, OrderStatus.RESPONDED)).getResultList();
        LocalDate today = LocalDate.now(CityTime.ZONE);
        Map<Long, VenueRef> venues = sites.venues(Stream.concat(
                inspections.stream().map(Inspection::getVenueId), open.stream().map(RectificationOrder::getVenueId))
                .distinct().toList());
        return new ComplianceFigures(district, from, to, planned.size(),
                planned.stream().filter(a -> a.getStatus() == PlannedVisitStatus.DONE).count(), inspections.size(),
                inspections.stream().filter(a -> a.getResult() == InspectionResult.PASS).count(),
                failedByItem(inspections),
                open.size(), open.stream().filter(o -> o.isOverdue(today)).count(),
                groups(inspections, open, venues, VenueRef::streetCode),
                groups(inspections, open, venues, VenueRef::categoryCode));
    }

    /** The figures as one tidy table; keys are codes the platform made (items, streets, categories). */
    public String csv(Caller reader, Period period) {
        ComplianceFigures f = figures(reader, period);
        CsvTable out = new CsvTable().line("figure", "key", "value")
                .line("planned", "", f.planned()).line("done", "", f.done())
                .line("inspections", "", f.inspections()).line("passed", "", f.passed())
                .line("open_orders", "", f.openOrders()).line("overdue_orders", "", f.overdueOrders());
        f.failedByItem().forEach(i -> out.line("failed_item", i.item(), i.failed()));
        f.byStreet().forEach(g -> out.line("inspections_by_street", g.code(), g.inspections()));
        f.byCategory().forEach(g -> out.line("inspections_by_category", g.code(), g.inspections()));
        return out.toString();
    }

    private static List<ComplianceFigures.ItemCount> failedByItem(List<Inspection> inspections) {
        Map<ChecklistItem, Long> failed = new EnumMap<>(ChecklistItem.class);
        inspections.forEach(a -> a.getFindings().stream().filter(f -> f.getVerdict() == Verdict.FAIL)
                .forEach(f -> failed.merge(f.getItem(), 1L, Long::sum)));
        return Arrays.stream(ChecklistItem.values())
                .map(i -> new ComplianceFigures.ItemCount(i.name(), failed.getOrDefault(i, 0L))).toList();
    }

    private static List<ComplianceFigures.Group> groups(List<Inspection> inspections, List<RectificationOrder> open,
                                                        Map<Long, VenueRef> venues, Function<VenueRef, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        inspections.forEach(a -> {
            long[] c = counts.computeIfAbsent(keyOf(venues, a.getVenueId(), key), k -> new long[3]);
            c[0]++;
            c[1] += a.getResult() == InspectionResult.PASS ? 1 : 0;
        });
        open.forEach(o -> counts.computeIfAbsent(keyOf(venues, o.getVenueId(), key), k -> new long[3])[2]++);
        return counts.entrySet().stream()
                .map(e -> new ComplianceFigures.Group(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    private static String keyOf(Map<Long, VenueRef> venues, long venueId, Function<VenueRef, String> key) {
        VenueRef venue = venues.get(venueId);
        return venue == null ? "" : key.apply(venue);
    }
}
