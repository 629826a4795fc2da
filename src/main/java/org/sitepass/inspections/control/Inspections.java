package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitepass.inspections.entity.Finding;
import org.sitepass.inspections.entity.Inspection;
import org.sitepass.inspections.entity.InspectionPhoto;
import org.sitepass.inspections.entity.PlannedVisit;
import org.sitepass.inspections.entity.PlannedVisitStatus;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.SiteCodeCheck;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/**
 * On-site inspections by the district's inspectors. The poster's code is checked against the venue through the
 * site-code verification; a forged or foreign poster is a finding, not an error. Submitting closes the inspector's
 * planned visit to the venue; nothing of an inspection changes afterwards.
 */
@ApplicationScoped
@Transactional
public class Inspections {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    AuditTrail auditTrail;

    public Optional<InspectionView> submit(Caller inspector, InspectionForm form) {
        String district = InspectionScope.inspectorDistrict(inspector);
        return sites.venue(form.getVenueId()).filter(v -> district.equals(v.districtCode())).map(venue -> {
            String shown = posterCode(form);
            boolean matches = shown != null && shown.equals(venue.codeNumber());
            List<InspectionPhotos.Photo> photos = InspectionPhotos.cleanAll(form.getPhotos());
            Optional<PlannedVisit> planned = plannedVisit(inspector, venue);
            Inspection inspection = new Inspection(venue.id(), district, planned.map(PlannedVisit::getId).orElse(null),
                    inspector.name(), shown, matches, form.getLatitude(), form.getLongitude(),
                    form.getFindings().stream().map(i -> new Finding(i.getItem(), i.getVerdict(), i.getNote()))
                            .toList(), CityTime.now());
            em.persist(inspection);
            em.flush();
            List<Long> photoIds = photos.stream().map(p -> {
                InspectionPhoto photo = new InspectionPhoto(inspection.getId(), p.contentType(), p.content());
                em.persist(photo);
                em.flush();
                return photo.getId();
            }).toList();
            planned.ifPresent(PlannedVisit::done);
            auditTrail.record(AuditRecord.success("INSPECTION_SUBMITTED", "inspection",
                    String.valueOf(inspection.getId())));
            return InspectionView.of(inspection, photoIds);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InspectionView> find(Caller reader, long id) {
        String district = InspectionScope.district(reader);
        return Optional.ofNullable(em.find(Inspection.class, id)).filter(a -> a.getDistrictCode().equals(district))
                .map(a -> InspectionView.of(a, photoIds(a.getId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InspectionPhotos.Photo> photo(Caller reader, long photoId) {
        String district = InspectionScope.district(reader);
        return Optional.ofNullable(em.find(InspectionPhoto.class, photoId))
                .filter(p -> em.find(Inspection.class, p.getInspectionId()).getDistrictCode().equals(district))
                .map(p -> new InspectionPhotos.Photo(p.getContentType(), p.getContent()));
    }

    /** The code the poster showed, scanned or typed, as the platform knows it; null when it is no code of ours. */
    private String posterCode(InspectionForm form) {
        if (form.getPosterPayload() != null) {
            try {
                SiteCodeCheck check = sites.verify(form.getPosterPayload());
                return check.codeNumber();
            } catch (RequestRefused notGenuine) {
                return null;
            }
        }
        return form.getPosterCode() == null ? null
                : sites.venueWithCode(form.getPosterCode()).map(VenueRef::codeNumber).orElse(null);
    }

    private Optional<PlannedVisit> plannedVisit(Caller inspector, VenueRef venue) {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        return em.createQuery("""
                        SELECT a FROM PlannedVisit a, Plan p WHERE p.id = a.planId AND a.venueId = :venue
                          AND a.inspector = :inspector AND a.status = :planned
                          AND p.periodFrom <= :today AND p.periodTo >= :today ORDER BY a.id""", PlannedVisit.class)
                .setParameter("venue", venue.id()).setParameter("inspector", inspector.name())
                .setParameter("planned", PlannedVisitStatus.PLANNED).setParameter("today", today)
                .getResultList().stream().findFirst();
    }

    private List<Long> photoIds(long inspectionId) {
        return em.createQuery("SELECT p.id FROM InspectionPhoto p WHERE p.inspectionId = :inspection ORDER BY p.id",
                        Long.class)
                .setParameter("inspection", inspectionId).getResultList();
    }


}
