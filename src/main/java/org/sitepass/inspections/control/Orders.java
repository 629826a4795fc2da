package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.sitepass.inspections.entity.Inspection;
import org.sitepass.inspections.entity.OrderPhoto;
import org.sitepass.inspections.entity.RectificationOrder;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.Roles;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/**
 * Rectification orders: inspectors raise them from failing findings and close or escalate them on re-inspection;
 * the venue's manager sees only the orders of their own venues and answers them with a note and photos.
 */
@ApplicationScoped
@Transactional
public class Orders {

    /**
     * Orders still awaiting the venue or the inspector first, the nearest deadline next, then the newest: what needs
     * doing, and a new order, are on the first page; the id makes the order stable from page to page.
     */
    private static final String LISTED = " ORDER BY CASE"
            + " WHEN o.status = org.sitepass.inspections.entity.OrderStatus.OPEN THEN 0"
            + " WHEN o.status = org.sitepass.inspections.entity.OrderStatus.RESPONDED THEN 0 ELSE 1 END,"
            + " o.deadline, o.id DESC";

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    AuditTrail auditTrail;

    public Optional<OrderView> raise(Caller inspector, OrderForm form) {
        String district = InspectionScope.inspectorDistrict(inspector);
        return Optional.ofNullable(em.find(Inspection.class, form.getInspectionId()))
                .filter(a -> a.getDistrictCode().equals(district)).map(inspection -> {
                    RectificationOrder order = new RectificationOrder(inspection, form.getItem(), form.getRequirement(),
                            form.getDeadline(), today(), inspector.name(), CityTime.now());
                    em.persist(order);
                    em.flush();
                    record("INSPECTION_ORDER_RAISED", order, form.getRequirement());
                    return view(order);
                });
    }

    public Optional<OrderView> close(Caller inspector, long id, String note) {
        return decide(inspector, id, "INSPECTION_ORDER_CLOSED", note, (o, n) -> o.close(inspector.name(), n,
                CityTime.now()));
    }

    public Optional<OrderView> escalate(Caller inspector, long id, String note) {
        return decide(inspector, id, "INSPECTION_ORDER_ESCALATED", note, (o, n) -> o.escalate(inspector.name(), n,
                CityTime.now()));
    }

    /** The venue's answer; another venue's order does not exist for its manager. */
    public Optional<OrderView> respond(Caller manager, long id, ResponseForm form) {
        manager.require(Roles.VENUE_MANAGER);
        // Ownership before the photos: decoding six of them is the costly part, and no one else's answer earns it.
        return Optional.ofNullable(em.find(RectificationOrder.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(o -> managedBy(manager, o.getVenueId())).map(order -> {
                    InspectionPhotos.cleanAll(form.getPhotos()).forEach(
                            p -> em.persist(new OrderPhoto(order.getId(), p.contentType(), p.content())));
                    order.respond(form.getNote(), CityTime.now());
                    record("INSPECTION_ORDER_ANSWERED", order, null);
                    return view(order);
                });
    }

    /** A page of the district's orders, in {@link #LISTED} order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderView> ofDistrict(Caller reader, int first, int size) {
        return views(em.createQuery("SELECT o FROM RectificationOrder o WHERE o.place.districtCode = :district"
                        + LISTED, RectificationOrder.class)
                .setParameter("district", InspectionScope.district(reader)).setFirstResult(first).setMaxResults(size)
                .getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfDistrict(Caller reader) {
        return em.createQuery("SELECT COUNT(o) FROM RectificationOrder o WHERE o.place.districtCode = :district",
                Long.class).setParameter("district", InspectionScope.district(reader)).getSingleResult();
    }

    /** The orders raised from one inspection, to the district's officers and inspectors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderView> ofInspection(Caller reader, long inspectionId) {
        return views(em.createQuery("SELECT o FROM RectificationOrder o WHERE o.place.districtCode = :district"
                        + " AND o.inspectionId = :inspection ORDER BY o.id", RectificationOrder.class)
                .setParameter("district", InspectionScope.district(reader)).setParameter("inspection", inspectionId)
                .getResultList());
    }

    /** A page of the orders of the manager's venues, in {@link #LISTED} order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderView> ofMyVenues(Caller manager, int first, int size) {
        List<Long> venues = managedVenues(manager);
        return venues.isEmpty() ? List.of() : views(em.createQuery("SELECT o FROM RectificationOrder o"
                        + " WHERE o.place.venueId IN :venues" + LISTED, RectificationOrder.class)
                .setParameter("venues", venues).setFirstResult(first).setMaxResults(size).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfMyVenues(Caller manager) {
        List<Long> venues = managedVenues(manager);
        return venues.isEmpty() ? 0 : em.createQuery("SELECT COUNT(o) FROM RectificationOrder o"
                + " WHERE o.place.venueId IN :venues", Long.class).setParameter("venues", venues).getSingleResult();
    }

    /** One order its reader may see, wherever it falls in their list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderView> find(Caller reader, long id) {
        return Optional.ofNullable(em.find(RectificationOrder.class, id)).filter(o -> visibleTo(reader, o))
                .map(this::view);
    }

    /** A photo of an answer, to the district's inspectors and officers or to the venue's own manager. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InspectionPhotos.Photo> photo(Caller reader, long photoId) {
        return Optional.ofNullable(em.find(OrderPhoto.class, photoId))
                .filter(p -> visibleTo(reader, em.find(RectificationOrder.class, p.getOrderId())))
                .map(p -> new InspectionPhotos.Photo(p.getContentType(), p.getContent()));
    }

    private Optional<OrderView> decide(Caller inspector, long id, String action, String note,
                                       BiConsumer<RectificationOrder, String> decision) {
        String district = InspectionScope.inspectorDistrict(inspector);
        return Optional.ofNullable(em.find(RectificationOrder.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(o -> o.getDistrictCode().equals(district)).map(order -> {
                    decision.accept(order, note);
                    record(action, order, note);
                    return view(order);
                });
    }

    private boolean visibleTo(Caller reader, RectificationOrder order) {
        return reader.hasRole(Roles.VENUE_MANAGER) ? managedBy(reader, order.getVenueId())
                : order.getDistrictCode().equals(InspectionScope.district(reader));
    }

    private List<Long> managedVenues(Caller manager) {
        manager.require(Roles.VENUE_MANAGER);
        return sites.venueIdsManagedBy(manager.name());
    }

    private boolean managedBy(Caller manager, long venueId) {
        return sites.venue(venueId).map(v -> v.manager().equals(manager.name())).orElse(false);
    }

    private List<OrderView> views(List<RectificationOrder> orders) {
        Map<Long, VenueRef> venues = sites.venues(orders.stream().map(RectificationOrder::getVenueId).distinct()
                .toList());
        LocalDate today = today();
        return orders.stream().map(o -> OrderView.of(o, venues.containsKey(o.getVenueId())
                ? venues.get(o.getVenueId()).name() : "", today, photoIds(o.getId()))).toList();
    }

    private OrderView view(RectificationOrder order) {
        return views(List.of(order)).get(0);
    }

    private List<Long> photoIds(long orderId) {
        return em.createQuery("SELECT p.id FROM OrderPhoto p WHERE p.orderId = :order ORDER BY p.id", Long.class)
                .setParameter("order", orderId).getResultList();
    }

    private void record(String action, RectificationOrder order, String purpose) {
        auditTrail.record(new AuditRecord(action, "inspection_order", String.valueOf(order.getId()), purpose,
                AuditOutcome.SUCCESS));
    }

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
