package org.sitepass.vendors.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.sitepass.vendors.entity.Capability;
import org.sitepass.vendors.entity.Certification;
import org.sitepass.vendors.entity.DeviceModel;
import org.sitepass.vendors.entity.FormFactor;

/** A device model with its certification as people read it ({@code EXPIRED} past its date). */
public record ModelView(long id, long vendorId, String name, FormFactor formFactor, Set<Capability> capabilities,
                        String firmwareVersion, String standing, String certificateNumber, LocalDate validUntil,
                        String decisionReason, Instant submittedAt, boolean editable) {

    static ModelView of(DeviceModel model, LocalDate today) {
        Certification c = model.getCertification();
        return new ModelView(model.getId(), model.getVendorId(), model.getName(), model.getFormFactor(),
                model.getCapabilities(), model.getFirmwareVersion(), c.standing(today), c.getCertificateNumber(),
                c.getValidUntil(), c.getDecisionReason(), c.getSubmittedAt(), c.isEditable());
    }
}
