package org.sitepass.vendors.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;
import org.sitepass.vendors.entity.Capability;
import org.sitepass.vendors.entity.CertificationStanding;
import org.sitepass.vendors.entity.CertificationStatus;
import org.sitepass.vendors.entity.DeviceModel;
import org.sitepass.vendors.entity.FormFactor;
import org.sitepass.vendors.entity.Vendor;

/**
 * The public qualified-supplier directory: vendors that hold a certificate and their models that hold or held one,
 * each with its number and validity, so that a venue can check a salesman's claim without logging in.
 */
@ApplicationScoped
public class SupplierDirectory {

    static final List<CertificationStatus> LISTED = List.of(CertificationStatus.CERTIFIED,
            CertificationStatus.SUSPENDED, CertificationStatus.REVOKED);

    @PersistenceContext
    EntityManager em;

    /** A supplier and its listed models; no contact data or decision notes, which are not the public's. */
    public record Supplier(String name, String creditCode, CertificationStanding standing, String certificateNumber,
                           LocalDate validUntil, List<String> serviceDistricts, List<ListedModel> models) {
    }

    /** A model as the directory lists it. */
    public record ListedModel(String name, FormFactor formFactor, Set<Capability> capabilities,
                              String firmwareVersion, CertificationStanding standing, String certificateNumber,
                              LocalDate validUntil) {

        static ListedModel of(DeviceModel m, LocalDate today) {
            return new ListedModel(m.getName(), m.getFormFactor(), m.getCapabilities(), m.getFirmwareVersion(),
                    m.getCertification().standing(today), m.getCertification().getCertificateNumber(),
                    m.getCertification().getValidUntil());
        }
    }

    /** @param query part of a vendor's or model's name, or a certificate number; empty lists all */
    public List<Supplier> search(String query) {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        List<Vendor> vendors = em.createQuery("SELECT v FROM Vendor v WHERE v.certification.status = :certified"
                        + " ORDER BY v.name", Vendor.class)
                .setParameter("certified", CertificationStatus.CERTIFIED).getResultList();
        Map<Long, List<DeviceModel>> models = em.createQuery(
                        "SELECT m FROM DeviceModel m WHERE m.certification.status IN :listed ORDER BY m.name",
                        DeviceModel.class)
                .setParameter("listed", LISTED).getResultList().stream()
                .collect(Collectors.groupingBy(DeviceModel::getVendorId));
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return vendors.stream()
                .map(v -> new Supplier(v.getName(), v.getCreditCode(), v.getCertification().standing(today),
                        v.getCertification().getCertificateNumber(), v.getCertification().getValidUntil(),
                        v.getServiceDistricts(), models.getOrDefault(v.getId(), List.of()).stream()
                        .map(m -> ListedModel.of(m, today)).toList()))
                .filter(s -> wanted.isEmpty() || matches(s, wanted))
                .toList();
    }

    private static boolean matches(Supplier supplier, String wanted) {
        return contains(supplier.name(), wanted) || contains(supplier.certificateNumber(), wanted)
                || supplier.models().stream().anyMatch(m -> contains(m.name(), wanted)
                || contains(m.certificateNumber(), wanted));
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
