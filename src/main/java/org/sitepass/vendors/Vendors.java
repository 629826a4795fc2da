package org.sitepass.vendors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
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

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
