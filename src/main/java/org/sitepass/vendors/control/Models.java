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
import org.sitepass.platform.FileNames;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.vendors.VendorsTexts;
import org.sitepass.vendors.entity.DeviceModel;
import org.sitepass.vendors.entity.Document;
import org.sitepass.vendors.entity.DocumentKind;
import org.sitepass.vendors.entity.Vendor;

/** A certified vendor's device models: describe, attach the test report, submit for certification. */
@ApplicationScoped
@Transactional
public class Models {

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    AuditTrail auditTrail;

    /** Only a vendor whose certificate is in force adds models; a suspended one registers nothing new. */
    public Optional<ModelView> create(Caller owner, ModelForm form) {
        return registrations.company(owner, LockModeType.NONE).map(vendor -> {
            vendor.requireInForce(today());
            requireFreeName(vendor, form.getName(), null);
            DeviceModel model = new DeviceModel(vendor.getId(), CityTime.now());
            model.describe(form.getName(), form.getFormFactor(), form.getCapabilities(), form.getFirmwareVersion());
            em.persist(model);
            em.flush();
            return ModelView.of(model, today());
        });
    }

    public Optional<ModelView> update(Caller owner, long modelId, ModelForm form) {
        return own(owner, modelId, LockModeType.PESSIMISTIC_WRITE).map(model -> {
            requireFreeName(em.find(Vendor.class, model.getVendorId()), form.getName(), model.getId());
            model.describe(form.getName(), form.getFormFactor(), form.getCapabilities(), form.getFirmwareVersion());
            return ModelView.of(model, today());
        });
    }

    public Optional<DocumentView> uploadTestReport(Caller owner, long modelId, String fileName, byte[] content) {
        return own(owner, modelId, LockModeType.PESSIMISTIC_WRITE).map(model -> {
            model.getCertification().refuseIfNotEditable();
            Document report = new Document(model.getVendorId(), model.getId(), DocumentKind.TEST_REPORT,
                    FileNames.kept(fileName, DocumentTypes.UNNAMED),
                    DocumentTypes.mediaTypeOf(content), content, CityTime.now());
            em.persist(report);
            em.flush();
            return DocumentView.of(report);
        });
    }

    /** A model is submitted with its test report, and only while its vendor's certificate is in force. */
    public Optional<ModelView> submit(Caller owner, long modelId) {
        return own(owner, modelId, LockModeType.PESSIMISTIC_WRITE).map(model -> {
            em.find(Vendor.class, model.getVendorId()).requireInForce(today());
            if (VendorQueries.documents(em, model.getVendorId(), DocumentKind.TEST_REPORT, model.getId()).isEmpty()) {
                throw InvalidInput.of("documents",
                        VendorsTexts.text("vendors.validation.testReport"));
            }
            model.getCertification().submit(CityTime.now());
            auditTrail.record(AuditRecord.success("DEVICE_MODEL_SUBMITTED", "device_model",
                    String.valueOf(model.getId())));
            return ModelView.of(model, today());
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<ModelView>> mine(Caller owner) {
        return registrations.company(owner, LockModeType.NONE).map(vendor -> em.createQuery(
                        "SELECT m FROM DeviceModel m WHERE m.vendorId = :vendor ORDER BY m.id", DeviceModel.class)
                .setParameter("vendor", vendor.getId()).getResultList().stream()
                .map(m -> ModelView.of(m, today())).toList());
    }

    private Optional<DeviceModel> own(Caller owner, long modelId, LockModeType lock) {
        return registrations.company(owner, LockModeType.NONE)
                .flatMap(vendor -> Optional.ofNullable(em.find(DeviceModel.class, modelId, lock))
                        .filter(m -> m.getVendorId() == vendor.getId()));
    }

    private void requireFreeName(Vendor vendor, String name, Long self) {
        boolean taken = em.createQuery(
                        "SELECT m FROM DeviceModel m WHERE m.vendorId = :vendor AND m.name = :name", DeviceModel.class)
                .setParameter("vendor", vendor.getId()).setParameter("name", name).getResultList().stream()
                .anyMatch(m -> !m.getId().equals(self));
        if (taken) {
            throw InvalidInput.of("name", ModuleText.validation("vendors.validation.modelNameTaken"));
        }
    }

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}
