package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitepass.inspections.entity.Assignment;
import org.sitepass.inspections.entity.AssignmentStatus;
import org.sitepass.inspections.entity.Audit;
import org.sitepass.inspections.entity.EvidencePhoto;
import org.sitepass.inspections.entity.Finding;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.SiteCodeCheck;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/**
 * On-site audits by the district's inspectors. The poster's code is checked against the venue through the site-code
 * verification; a forged or foreign poster is a finding, not an error. Submitting closes the inspector's planned
 * visit to the venue; nothing of an audit changes afterwards.
 */
@ApplicationScoped
@Transactional
public class Audits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    AuditTrail auditTrail;

    public Optional<AuditView> submit(Caller inspector, AuditForm form) {
        String district = InspectionScope.inspectorDistrict(inspector);
        return sites.venue(form.getVenueId()).filter(v -> district.equals(v.districtCode())).map(venue -> {
            String shown = posterCode(form);
            boolean matches = shown != null && shown.equals(venue.codeNumber());
            List<EvidencePhotos.Photo> photos = EvidencePhotos.cleanAll(form.getPhotos());
            Optional<Assignment> planned = plannedVisit(inspector, venue);
            Audit audit = new Audit(venue.id(), district, planned.map(Assignment::getId).orElse(null),
                    inspector.name(), shown, matches, form.getLatitude(), form.getLongitude(),
                    form.getFindings().stream().map(i -> new Finding(i.getItem(), i.getVerdict(), i.getNote()))
                            .toList(), CityTime.now());
            em.persist(audit);
            em.flush();
            List<Long> photoIds = photos.stream().map(p -> {
                EvidencePhoto photo = new EvidencePhoto(audit.getId(), p.contentType(), p.content());
                em.persist(photo);
                em.flush();
                return photo.getId();
            }).toList();
            planned.ifPresent(Assignment::done);
            auditTrail.record(AuditRecord.success("INSPECTION_AUDIT_SUBMITTED", "inspection_audit",
                    String.valueOf(audit.getId())));
            return AuditView.of(audit, photoIds);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AuditView> find(Caller reader, long id) {
        String district = InspectionScope.district(reader);
        return Optional.ofNullable(em.find(Audit.class, id)).filter(a -> a.getDistrictCode().equals(district))
                .map(a -> AuditView.of(a, photoIds(a.getId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvidencePhotos.Photo> photo(Caller reader, long photoId) {
        String district = InspectionScope.district(reader);
        return Optional.ofNullable(em.find(EvidencePhoto.class, photoId))
                .filter(p -> em.find(Audit.class, p.getAuditId()).getDistrictCode().equals(district))
                .map(p -> new EvidencePhotos.Photo(p.getContentType(), p.getContent()));
    }

    /** The code the poster showed, scanned or typed, as the platform knows it; null when it is no code of ours. */
    private String posterCode(AuditForm form) {
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

    private Optional<Assignment> plannedVisit(Caller inspector, VenueRef venue) {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        return em.createQuery("""
                        SELECT a FROM Assignment a, Plan p WHERE p.id = a.planId AND a.venueId = :venue
                          AND a.inspector = :inspector AND a.status = :planned
                          AND p.periodFrom <= :today AND p.periodTo >= :today ORDER BY a.id""", Assignment.class)
                .setParameter("venue", venue.id()).setParameter("inspector", inspector.name())
                .setParameter("planned", AssignmentStatus.PLANNED).setParameter("today", today)
                .getResultList().stream().findFirst();
    }

    private List<Long> photoIds(long auditId) {
        return em.createQuery("SELECT p.id FROM EvidencePhoto p WHERE p.auditId = :audit ORDER BY p.id", Long.class)
                .setParameter("audit", auditId).getResultList();
    }


}
