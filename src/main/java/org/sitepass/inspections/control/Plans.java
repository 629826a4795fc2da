package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.devices.Devices;
import org.sitepass.devices.SentryCount;
import org.sitepass.inspections.entity.Plan;
import org.sitepass.inspections.entity.PlannedVisit;
import org.sitepass.inspections.entity.PlannedVisitStatus;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.Tracing;

/**
 * Inspection plans of a district, drawn up by its officers and inspectors: venues chosen by street, category, risk
 * level or a signal from the platform, then shared out among inspectors. Nobody sees another district's plans.
 */
@ApplicationScoped
@Transactional
public class Plans {

    /** More than a district's inspectors can visit in a quarter; the filters should narrow a bigger choice. */
    static final int MAX_VENUES = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    Devices devices;

    @Inject
    Tracing tracing;

    @Inject
    AuditTrail auditTrail;

    public PlanView create(Caller planner, PlanForm form) {
        String district = InspectionScope.district(planner);
        Map<String, VenueCategory.RiskLevel> risks = sites.categories().stream()
                .collect(Collectors.toMap(VenueCategory::code, VenueCategory::riskLevel));
        List<VenueRef> venues = sites.activeVenues(district, form.getStreetCode(), form.getCategoryCode(), MAX_VENUES);
        List<Long> venueIds = venues.stream().map(VenueRef::id).toList();
        Map<Long, SentryCount> sentries = devices.sentriesAt(venueIds);
        Set<Long> scanned = tracing.venuesWithPassesOn(LocalDate.now(CityTime.ZONE), venueIds);
        List<PlanSelection.Chosen> chosen = PlanSelection.choose(venues.stream()
                        .map(v -> new PlanSelection.Candidate(v, risks.get(v.categoryCode()),
                                sentries.getOrDefault(v.id(), SentryCount.NONE), scanned.contains(v.id())))
                        .toList(),
                form.getRiskLevel(), form.getSignal());
        Plan plan = new Plan(district, form.getName(), form.getPeriodFrom(), form.getPeriodTo(), planner.name(),
                CityTime.now());
        em.persist(plan);
        em.flush();
        chosen.forEach(c -> em.persist(new PlannedVisit(plan.getId(), c.venueId(), c.reason())));
        auditTrail.record(AuditRecord.success("INSPECTION_PLAN_CREATED", "inspection_plan",
                String.valueOf(plan.getId())));
        return view(plan, true);
    }

    /** Gives the named venues of the plan to one inspector; venues not in the plan are ignored. */
    public Optional<PlanView> assign(Caller planner, long planId, VisitAssignmentForm form) {
        return inDistrict(planner, planId).map(plan -> {
            Set<Long> wanted = new HashSet<>(form.getVenueIds());
            visits(plan.getId()).stream().filter(a -> wanted.contains(a.getVenueId()))
                    .forEach(a -> a.assignTo(form.getInspector()));
            auditTrail.record(AuditRecord.success("INSPECTION_PLAN_ASSIGNED", "inspection_plan",
                    String.valueOf(planId)).because(form.getInspector()));
            return view(plan, true);
        });
    }

    /** A page of the district's plans, the latest period first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView> ofDistrict(Caller planner, int first, int size) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.districtCode = :district"
                        + " ORDER BY p.periodFrom DESC, p.id DESC", Plan.class)
                .setParameter("district", InspectionScope.district(planner)).setFirstResult(first)
                .setMaxResults(size).getResultList().stream()
                .map(p -> view(p, false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfDistrict(Caller planner) {
        return em.createQuery("SELECT COUNT(p) FROM Plan p WHERE p.districtCode = :district", Long.class)
                .setParameter("district", InspectionScope.district(planner)).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanView> find(Caller planner, long planId) {
        return inDistrict(planner, planId).map(p -> view(p, true));
    }

    /** A page of the inspector's planned visits of the plans running today, still to make. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlannedVisitView> today(Caller inspector, int first, int size) {
        return views(todays(inspector, "SELECT a", " ORDER BY a.id", PlannedVisit.class).setFirstResult(first)
                .setMaxResults(size).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countToday(Caller inspector) {
        return todays(inspector, "SELECT COUNT(a)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> todays(Caller inspector, String select, String orderBy, Class<T> type) {
        String district = InspectionScope.district(inspector);
        return em.createQuery(select + " FROM PlannedVisit a, Plan p WHERE p.id = a.planId"
                        + " AND p.districtCode = :district AND a.inspector = :inspector AND a.status = :planned"
                        + " AND p.periodFrom <= :today AND p.periodTo >= :today" + orderBy, type)
                .setParameter("district", district).setParameter("inspector", inspector.name())
                .setParameter("planned", PlannedVisitStatus.PLANNED)
                .setParameter("today", LocalDate.now(CityTime.ZONE));
    }

    private Optional<Plan> inDistrict(Caller planner, long planId) {
        String district = InspectionScope.district(planner);
        return Optional.ofNullable(em.find(Plan.class, planId)).filter(p -> p.getDistrictCode().equals(district));
    }


    private List<PlannedVisit> visits(long planId) {
        return em.createQuery("SELECT a FROM PlannedVisit a WHERE a.planId = :plan ORDER BY a.id", PlannedVisit.class)
                .setParameter("plan", planId).getResultList();
    }

    private PlanView view(Plan plan, boolean withVisits) {
        List<PlannedVisit> all = visits(plan.getId());
        long done = all.stream().filter(a -> a.getStatus() == PlannedVisitStatus.DONE).count();
        long unassigned = all.stream().filter(a -> a.getInspector() == null).count();
        List<PlannedVisitView> visits = withVisits ? views(all) : List.of();
        return new PlanView(plan.getId(), plan.getDistrictCode(), plan.getName(), plan.getPeriodFrom(),
                plan.getPeriodTo(), plan.getCreatedBy(), all.size(), done, unassigned, visits);
    }

    private List<PlannedVisitView> views(Collection<PlannedVisit> all) {
        Map<Long, VenueRef> venues = sites.venues(all.stream().map(PlannedVisit::getVenueId).distinct().toList());
        return all.stream().map(a -> {
            VenueRef v = venues.get(a.getVenueId());
            return new PlannedVisitView(a.getId(), a.getVenueId(), v == null ? "" : v.name(),
                    v == null ? "" : v.codeNumber(), v == null ? "" : v.streetCode(),
                    v == null ? "" : v.categoryCode(), a.getReason(), a.getInspector(), a.getStatus());
        }).toList();
    }
}
