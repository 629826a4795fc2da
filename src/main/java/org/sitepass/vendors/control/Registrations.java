package org.sitepass.vendors.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.Districts;
import org.sitepass.platform.FileNames;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.vendors.VendorsTexts;
import org.sitepass.vendors.entity.Document;
import org.sitepass.vendors.entity.DocumentKind;
import org.sitepass.vendors.entity.Vendor;

/**
 * What a vendor's person does with their company: register it, describe it, upload its licences and submit it for
 * certification. A vendor user has one company; another company's does not exist for them.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    static final String MOBILE_COLUMN = "vendors_vendor.contact_mobile";
    static final String CONTACT_PERSON_COLUMN = "vendors_vendor.contact_person";

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    Districts districts;

    @Inject
    AuditTrail auditTrail;

    public VendorView register(Caller owner, VendorForm form) {
        owner.require(Roles.VENDOR);
        if (company(owner, LockModeType.NONE).isPresent()) {
            throw VendorQueries.refusal("vendors.refused.alreadyRegistered");
        }
        requireFree(form.getCreditCode(), null);
        Vendor vendor = new Vendor(owner.name(), CityTime.now());
        describe(vendor, form);
        em.persist(vendor);
        em.flush();
        return view(vendor);
    }

    public Optional<VendorView> update(Caller owner, VendorForm form) {
        return company(owner, LockModeType.PESSIMISTIC_WRITE).map(vendor -> {
            requireFree(form.getCreditCode(), vendor.getId());
            describe(vendor, form);
            return view(vendor);
        });
    }

    /** A company is submitted with at least one licence, which is what the officer certifies from. */
    public Optional<VendorView> submit(Caller owner) {
        return company(owner, LockModeType.PESSIMISTIC_WRITE).map(vendor -> {
            if (VendorQueries.documents(em, vendor.getId(), DocumentKind.LICENCE, null).isEmpty()) {
                throw InvalidInput.of("documents", VendorsTexts.text("vendors.validation.licence"));
            }
            vendor.getCertification().submit(CityTime.now());
            auditTrail.record(AuditRecord.success("VENDOR_SUBMITTED", "vendor", String.valueOf(vendor.getId())));
            return view(vendor);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VendorView> mine(Caller owner) {
        return company(owner, LockModeType.NONE).map(this::view);
    }

    public Optional<DocumentView> uploadLicence(Caller owner, String fileName, byte[] content) {
        return company(owner, LockModeType.PESSIMISTIC_WRITE).map(vendor -> {
            vendor.getCertification().refuseIfNotEditable();
            Document document = new Document(vendor.getId(), null, DocumentKind.LICENCE,
                    FileNames.kept(fileName, DocumentTypes.UNNAMED),
                    DocumentTypes.mediaTypeOf(content), content, CityTime.now());
            em.persist(document);
            em.flush();
            return DocumentView.of(document);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<DocumentView>> documents(Caller owner) {
        return company(owner, LockModeType.NONE).map(vendor -> em.createQuery(
                        "SELECT d FROM Document d WHERE d.vendorId = :vendor ORDER BY d.id", Document.class)
                .setParameter("vendor", vendor.getId()).getResultList().stream().map(DocumentView::of).toList());
    }

    /** One of the company's own documents; another vendor's is answered as not there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentFile> document(Caller owner, long documentId) {
        return company(owner, LockModeType.NONE)
                .flatMap(vendor -> Optional.ofNullable(em.find(Document.class, documentId))
                        .filter(d -> d.getVendorId() == vendor.getId()))
                .map(d -> new DocumentFile(d.getFileName(), d.getContentType(), d.getContent()));
    }

    Optional<Vendor> company(Caller owner, LockModeType lock) {
        owner.require(Roles.VENDOR);
        return em.createQuery("SELECT v FROM Vendor v WHERE v.owner = :owner", Vendor.class)
                .setParameter("owner", owner.name()).setLockMode(lock).getResultList().stream().findFirst();
    }

    private void describe(Vendor vendor, VendorForm form) {
        List<String> unknown = form.getServiceDistricts().stream()
                .filter(code -> districts.district(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("serviceDistricts",
                    ModuleText.validation("vendors.validation.serviceDistricts"));
        }
        vendor.describe(form.getName(), form.getCreditCode(), form.getAddress(),
                personalData.seal(form.getContactPerson(), CONTACT_PERSON_COLUMN),
                personalData.seal(form.getContactMobile(), MOBILE_COLUMN),
                form.getServiceDistricts().stream().distinct().sorted().toList());
    }

    /** One company, one credit code: a second registration of the same company is refused, not duplicated. */
    private void requireFree(String creditCode, Long self) {
        List<Vendor> same = em.createQuery("SELECT v FROM Vendor v WHERE v.creditCode = :code", Vendor.class)
                .setParameter("code", creditCode).getResultList();
        if (same.stream().anyMatch(v -> !v.getId().equals(self))) {
            throw InvalidInput.of("creditCode", ModuleText.validation("vendors.validation.creditCodeTaken"));
        }
    }

    /** The vendor's own company: the only view with its contact in clear. */
    private VendorView view(Vendor vendor) {
        return VendorView.of(vendor, personalData.open(vendor.getSealedContactPerson(), CONTACT_PERSON_COLUMN),
                personalData.open(vendor.getSealedContactMobile(), MOBILE_COLUMN), LocalDate.now(CityTime.ZONE));
    }
}
