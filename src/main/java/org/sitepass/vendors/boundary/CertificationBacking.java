package org.sitepass.vendors.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.VendorsTexts;
import org.sitepass.vendors.control.Certifications;
import org.sitepass.vendors.control.DocumentView;
import org.sitepass.vendors.control.ModelView;
import org.sitepass.vendors.control.VendorView;
import org.sitepass.vendors.entity.CertificationAction;
import org.sitepass.vendors.entity.CertificationStatus;

/**
 * Backs {@code /vendors/certification.xhtml}: vendors and models by status; one of them opened with its documents
 * and the decisions on it.
 */
@Named
@ViewScoped
public class CertificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As the API's grant: capitals, digits and hyphens. */
    static final String CERTIFICATE_NUMBER = "[A-Z0-9][A-Z0-9-]{3,39}";

    @Inject
    transient Certifications certifications;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private CertificationStatus status = CertificationStatus.SUBMITTED;
    private VendorView vendor;
    private ModelView model;
    private String certificateNumber;
    private LocalDate validUntil;
    private String reason;

    private final PagedRows<VendorView> vendors = new PagedRows<>(
            () -> certifications.countVendors(caller.get(), status),
            (first, size) -> certifications.vendors(caller.get(), status, first, size), VendorView::id);
    private final PagedRows<ModelView> models = new PagedRows<>(
            () -> certifications.countModels(caller.get(), status),
            (first, size) -> certifications.models(caller.get(), status, first, size), ModelView::id);

    public PagedRows<VendorView> getVendors() {
        return vendors;
    }

    public PagedRows<ModelView> getModels() {
        return models;
    }

    public void openVendor(long id) {
        model = null;
        vendor = certifications.vendor(caller.get(), id).orElse(null);
    }

    public void openModel(long id) {
        vendor = null;
        model = certifications.model(caller.get(), id).orElse(null);
    }

    public List<DocumentView> getDocuments() {
        long vendorId = vendor != null ? vendor.id() : model != null ? model.vendorId() : -1;
        List<DocumentView> all = vendorId < 0 ? List.of()
                : certifications.documentsOf(caller.get(), vendorId).orElse(List.of());
        return model == null ? all : all.stream().filter(d -> Long.valueOf(model.id()).equals(d.modelId())).toList();
    }

    public void certify() {
        if (nothingOpen()) {
            return;
        }
        if (certificateNumber == null || !certificateNumber.strip().matches(CERTIFICATE_NUMBER) || validUntil == null) {
            messages.warn(VendorsTexts.text("certification.grantRequired"));
            return;
        }
        String number = certificateNumber.strip();
        decide(() -> vendor != null
                ? certifications.certifyVendor(caller.get(), vendor.id(), number, validUntil)
                : certifications.certifyModel(caller.get(), model.id(), number, validUntil));
    }

    public void reject() {
        withReason(given -> vendor != null ? certifications.rejectVendor(caller.get(), vendor.id(), given)
                : certifications.rejectModel(caller.get(), model.id(), given));
    }

    public void suspend() {
        withReason(given -> certifications.suspendVendor(caller.get(), vendor.id(), given));
    }

    public void reinstate() {
        withReason(given -> certifications.reinstateVendor(caller.get(), vendor.id(), given));
    }

    public void revoke() {
        withReason(given -> vendor != null ? certifications.revokeVendor(caller.get(), vendor.id(), given)
                : certifications.revokeModel(caller.get(), model.id(), given));
    }

    private void withReason(Function<String, Optional<?>> decision) {
        if (nothingOpen()) {
            return;
        }
        Optional<String> given = Reason.typed(reason);
        if (given.isEmpty()) {
            messages.warn(Reason.RULE);
            return;
        }
        decide(() -> decision.apply(given.get()));
    }

    /** The decision buttons act on the vendor or model opened; a stale page may post with none. */
    private boolean nothingOpen() {
        if (vendor == null && model == null) {
            messages.warn(VendorsTexts.text("certification.nothingOpen"));
            return true;
        }
        return false;
    }

    private void decide(Supplier<Optional<?>> decision) {
        try {
            decision.get();
            messages.note(VendorsTexts.text("certification.done"));
            vendor = null;
            model = null;
            certificateNumber = null;
            validUntil = null;
            reason = null;
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    /** Whether what is open allows the decision: the page offers only the buttons its state machine accepts. */
    public boolean allows(CertificationAction action) {
        Set<CertificationAction> actions = vendor != null ? vendor.actions()
                : model != null ? model.actions() : Set.of();
        return actions.contains(action);
    }

    public CertificationStatus[] getStatuses() {
        return CertificationStatus.values();
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public void setStatus(CertificationStatus status) {
        this.status = status == null ? CertificationStatus.SUBMITTED : status;
    }

    public VendorView getVendor() {
        return vendor;
    }

    public ModelView getModel() {
        return model;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
