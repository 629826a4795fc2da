package org.sitepass.vendors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
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

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
