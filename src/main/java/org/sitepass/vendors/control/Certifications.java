package org.sitepass.vendors.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.BiConsumer;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.vendors.CertificateHolder;
import org.sitepass.vendors.CertificateReinstated;
import org.sitepass.vendors.CertificateWithdrawn;
import org.sitepass.vendors.entity.Certification;
import org.sitepass.vendors.entity.CertificationStatus;
import org.sitepass.vendors.entity.DeviceModel;
import org.sitepass.vendors.entity.Document;
import org.sitepass.vendors.entity.Vendor;

/**
 * What officers decide about vendors and models: certify for a period with a certificate number, reject with a
 * reason, suspend, reinstate, revoke. Every decision goes to the audit trail; reading a vendor's contact is audited.
 */
@ApplicationScoped
@Transactional
public class Certifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<Object> events;

    /** A page of the vendors in a status, those who waited longest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VendorView> vendors(Caller officer, CertificationStatus status, int first, int size) {
        return inStatus(officer, Vendor.class, status, first, size).map(v -> VendorView.of(v, null, null, today()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countVendors(Caller officer, CertificationStatus status) {
        return countInStatus(officer, Vendor.class, status);
    }

    /** A page of the device models in a status, those who waited longest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModelView> models(Caller officer, CertificationStatus status, int first, int size) {
        return inStatus(officer, DeviceModel.class, status, first, size).map(m -> ModelView.of(m, today())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countModels(Caller officer, CertificationStatus status) {
        return countInStatus(officer, DeviceModel.class, status);
    }

    /** Vendors and models carry the same certification, so one query lists either. */
    private <T> Stream<T> inStatus(Caller officer, Class<T> type, CertificationStatus status, int first, int size) {
        officer.require(Roles.OFFICER);
        return em.createQuery("SELECT c FROM " + type.getSimpleName()
                        + " c WHERE c.certification.status = :status ORDER BY c.id", type)
                .setParameter("status", status).setFirstResult(first).setMaxResults(size).getResultStream();
    }

    private long countInStatus(Caller officer, Class<?> type, CertificationStatus status) {
        officer.require(Roles.OFFICER);
        return em.createQuery("SELECT COUNT(c) FROM " + type.getSimpleName()
                        + " c WHERE c.certification.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModelView> model(Caller officer, long id) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(DeviceModel.class, id)).map(m -> ModelView.of(m, today()));
    }

    /**
     * One vendor with its contact person and mobile masked; opening them to mask is a read of personal data, so it
     * is audited. Lists and decisions answer without the contact: an officer needs it only on the vendor's page.
     */
    public Optional<VendorView> vendor(Caller officer, long id) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Vendor.class, id)).map(v -> {
            auditTrail.record(AuditRecord.success("VENDOR_VIEWED", "vendor", String.valueOf(id)));
            return VendorView.of(v,
                    personalData.maskedPersonName(v.getSealedContactPerson(), Registrations.CONTACT_PERSON_COLUMN),
                    personalData.maskedMobile(v.getSealedContactMobile(), Registrations.MOBILE_COLUMN), today());
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<DocumentView>> documentsOf(Caller officer, long vendorId) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Vendor.class, vendorId)).map(v -> em.createQuery(
                        "SELECT d FROM Document d WHERE d.vendorId = :vendor ORDER BY d.id", Document.class)
                .setParameter("vendor", vendorId).getResultList().stream().map(DocumentView::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentFile> document(Caller officer, long documentId) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Document.class, documentId))
                .map(d -> new DocumentFile(d.getFileName(), d.getContentType(), d.getContent()));
    }

    public Optional<VendorView> certifyVendor(Caller officer, long id, String number, LocalDate until) {
        return vendorDecision(officer, id, "VENDOR_CERTIFIED", number,
                (c, now) -> c.certify(officer.name(), number, until, today(), now));
    }

    public Optional<VendorView> rejectVendor(Caller officer, long id, String reason) {
        return vendorDecision(officer, id, "VENDOR_REJECTED", reason,
                (c, now) -> c.reject(officer.name(), reason, now));
    }

    public Optional<VendorView> suspendVendor(Caller officer, long id, String reason) {
        return vendorDecision(officer, id, "VENDOR_SUSPENDED", reason, (c, now) -> {
            c.suspend(officer.name(), reason, now);
            withdrawn(CertificateHolder.VENDOR, id, CertificateWithdrawn.Cause.SUSPENDED, now);
        });
    }

    public Optional<VendorView> reinstateVendor(Caller officer, long id, String reason) {
        return vendorDecision(officer, id, "VENDOR_REINSTATED", reason, (c, now) -> {
            c.reinstate(officer.name(), reason, now);
            reinstated(c, CertificateHolder.VENDOR, id, now);
        });
    }

    public Optional<VendorView> revokeVendor(Caller officer, long id, String reason) {
        return vendorDecision(officer, id, "VENDOR_REVOKED", reason, (c, now) -> {
            c.revoke(officer.name(), reason, now);
            withdrawn(CertificateHolder.VENDOR, id, CertificateWithdrawn.Cause.REVOKED, now);
        });
    }

    public Optional<ModelView> certifyModel(Caller officer, long id, String number, LocalDate until) {
        return modelDecision(officer, id, "DEVICE_MODEL_CERTIFIED", number,
                (c, now) -> c.certify(officer.name(), number, until, today(), now));
    }

    public Optional<ModelView> rejectModel(Caller officer, long id, String reason) {
        return modelDecision(officer, id, "DEVICE_MODEL_REJECTED", reason,
                (c, now) -> c.reject(officer.name(), reason, now));
    }

    public Optional<ModelView> revokeModel(Caller officer, long id, String reason) {
        return modelDecision(officer, id, "DEVICE_MODEL_REVOKED", reason, (c, now) -> {
            c.revoke(officer.name(), reason, now);
            withdrawn(CertificateHolder.MODEL, id, CertificateWithdrawn.Cause.REVOKED, now);
        });
    }

    private Optional<VendorView> vendorDecision(Caller officer, long id, String action, String purpose,
                                                BiConsumer<Certification, Instant> decision) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Vendor.class, id, LockModeType.PESSIMISTIC_WRITE)).map(vendor -> {
            decision.accept(vendor.getCertification(), CityTime.now());
            audit(action, "vendor", id, purpose);
            return VendorView.of(vendor, null, null, today());
        });
    }

    private Optional<ModelView> modelDecision(Caller officer, long id, String action, String purpose,
                                              BiConsumer<Certification, Instant> decision) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(DeviceModel.class, id, LockModeType.PESSIMISTIC_WRITE)).map(model -> {
            decision.accept(model.getCertification(), CityTime.now());
            audit(action, "device_model", id, purpose);
            return ModelView.of(model, today());
        });
    }

    private void withdrawn(CertificateHolder holder, long id, CertificateWithdrawn.Cause cause, Instant now) {
        events.fire(new CertificateWithdrawn(holder, id, cause, now));
    }

    private void reinstated(Certification c, CertificateHolder holder, long id, Instant now) {
        events.fire(afterReinstatement(c, holder, id, today(), now));
    }

    /**
     * A certificate reinstated past its date stays withdrawn, and is announced as expired again: the suspension
     * had replaced the reason its devices were stopped for, and nothing else would put it back.
     */
    static Object afterReinstatement(Certification c, CertificateHolder holder, long id, LocalDate today,
                                     Instant now) {
        return c.isInForce(today) ? new CertificateReinstated(holder, id, now)
                : new CertificateWithdrawn(holder, id, CertificateWithdrawn.Cause.EXPIRED, now);
    }

    private void audit(String action, String type, long id, String purpose) {
        auditTrail.record(new AuditRecord(action, type, String.valueOf(id), purpose, AuditOutcome.SUCCESS));
    }

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
