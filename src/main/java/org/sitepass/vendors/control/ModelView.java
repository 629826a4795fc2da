package org.sitepass.vendors.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.sitepass.vendors.entity.Capability;
import org.sitepass.vendors.entity.Certification;
import org.sitepass.vendors.entity.CertificationAction;
import org.sitepass.vendors.entity.CertificationStanding;
import org.sitepass.vendors.entity.DeviceModel;
import org.sitepass.vendors.entity.FormFactor;

/**
 * A device model with its certification as people read it ({@code EXPIRED} past its date) and the decisions its
 * status allows next.
 */
public record ModelView(long id, long vendorId, String name, FormFactor formFactor, Set<Capability> capabilities,
                        String firmwareVersion, CertificationStanding standing, Set<CertificationAction> actions,
                        String certificateNumber, LocalDate validUntil, String decisionReason, Instant submittedAt,
                        boolean editable) {

    /** A model is revoked outright, never suspended: a suspension is about a vendor's conduct. */
    private static final Set<CertificationAction> MODEL_ACTIONS = EnumSet.of(CertificationAction.SUBMIT,
            CertificationAction.CERTIFY, CertificationAction.REJECT, CertificationAction.REVOKE);

    static ModelView of(DeviceModel model, LocalDate today) {
        Certification c = model.getCertification();
        return new ModelView(model.getId(), model.getVendorId(), model.getName(), model.getFormFactor(),
                model.getCapabilities(), model.getFirmwareVersion(), c.standing(today), actions(c),
                c.getCertificateNumber(), c.getValidUntil(), c.getDecisionReason(), c.getSubmittedAt(), c.isEditable());
    }

    private static Set<CertificationAction> actions(Certification c) {
        Set<CertificationAction> allowed = c.allowedActions();
        allowed.retainAll(MODEL_ACTIONS);
        return allowed;
    }
}
