package org.sitepass.vendors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.vendors.entity.Certification;
import org.sitepass.vendors.entity.CertificationStatus;
import org.sitepass.vendors.entity.DeviceModel;
import org.sitepass.vendors.entity.Vendor;

/** The vendors module as other modules see it: whose company a vendor user runs, and which models are certified. */
@ApplicationScoped
public class Vendors {

    @PersistenceContext
    EntityManager em;

    /** The company the caller registered, if any. */
    public Optional<VendorRef> companyOf(Caller caller) {
        return em.createQuery("SELECT v FROM Vendor v WHERE v.owner = :owner", Vendor.class)
                .setParameter("owner", caller.name()).getResultList().stream().findFirst()
                .map(v -> new VendorRef(v.getId(), v.getName(), v.getCertification().isInForce(today())));
    }

    public Optional<VendorRef> vendor(long vendorId) {
        return Optional.ofNullable(em.find(Vendor.class, vendorId))
                .map(v -> new VendorRef(v.getId(), v.getName(), v.getCertification().isInForce(today())));
    }

    public Optional<ModelRef> model(long modelId) {
        return Optional.ofNullable(em.find(DeviceModel.class, modelId))
                .map(m -> new ModelRef(m.getId(), m.getVendorId(), m.getName(),
                        m.getCertification().isInForce(today())));
    }

    /** The caller's company's models whose certificates are in force: what its devices may be. */
    public List<ModelRef> certifiedModelsOf(Caller caller) {
        return companyOf(caller).map(vendor -> em.createQuery(
                        "SELECT m FROM DeviceModel m WHERE m.vendorId = :vendor ORDER BY m.name", DeviceModel.class)
                .setParameter("vendor", vendor.id()).getResultList().stream()
                .filter(m -> m.getCertification().isInForce(today()))
                .map(m -> new ModelRef(m.getId(), m.getVendorId(), m.getName(), true)).toList()).orElse(List.of());
    }

    /**
     * Every vendor and model certificate that was granted and is no longer in force: suspended, revoked, or past its
     * date (whether or not the expiry sweep announced it yet).
     */
    public List<CertificateNotInForce> certificatesNotInForce() {
        LocalDate today = today();
        return Stream.concat(
                notInForce(Vendor.class, today).flatMap(v -> notInForce(CertificateHolder.VENDOR, v.getId(),
                        v.getCertification(), today).stream()),
                notInForce(DeviceModel.class, today).flatMap(m -> notInForce(CertificateHolder.MODEL, m.getId(),
                        m.getCertification(), today).stream())).toList();
    }

    /** Why the vendor's or the model's certificate no longer covers its devices, if it does not. */
    public Optional<CertificateNotInForce> notInForce(CertificateHolder holder, long holderId) {
        LocalDate today = today();
        return holder == CertificateHolder.VENDOR
                ? Optional.ofNullable(em.find(Vendor.class, holderId))
                .flatMap(v -> notInForce(holder, holderId, v.getCertification(), today))
                : Optional.ofNullable(em.find(DeviceModel.class, holderId))
                .flatMap(m -> notInForce(holder, holderId, m.getCertification(), today));
    }

    private <T> Stream<T> notInForce(Class<T> entity, LocalDate today) {
        return em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e"
                        + " WHERE e.certification.status IN :withdrawn"
                        + " OR (e.certification.status = :certified AND e.certification.validUntil < :today)"
                        + " ORDER BY e.id", entity)
                .setParameter("withdrawn", List.of(CertificationStatus.SUSPENDED, CertificationStatus.REVOKED))
                .setParameter("certified", CertificationStatus.CERTIFIED)
                .setParameter("today", today).getResultList().stream();
    }

    private static Optional<CertificateNotInForce> notInForce(CertificateHolder holder, long holderId,
                                                              Certification certification, LocalDate today) {
        return Optional.ofNullable(switch (certification.standing(today)) {
            case SUSPENDED -> CertificateWithdrawn.Cause.SUSPENDED;
            case REVOKED -> CertificateWithdrawn.Cause.REVOKED;
            case EXPIRED -> CertificateWithdrawn.Cause.EXPIRED;
            case DRAFT, SUBMITTED, CERTIFIED, REJECTED -> null;
        }).map(cause -> new CertificateNotInForce(holder, holderId, cause));
    }

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
