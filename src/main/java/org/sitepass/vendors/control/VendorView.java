package org.sitepass.vendors.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sitepass.vendors.entity.Certification;
import org.sitepass.vendors.entity.CertificationAction;
import org.sitepass.vendors.entity.CertificationStanding;
import org.sitepass.vendors.entity.Vendor;

/**
 * A vendor as the API and pages show it; the contact person and mobile in clear only for the vendor's own people,
 * masked for an officer reading one vendor, absent from lists.
 *
 * @param standing the certification status, {@code EXPIRED} for a certificate past its date
 * @param actions what the certification's status allows next
 */
public record VendorView(long id, String owner, String name, String creditCode, String address,
                         String contactPerson, String contactMobile, List<String> serviceDistricts,
                         CertificationStanding standing, Set<CertificationAction> actions,
                         String certificateNumber, LocalDate validUntil, String decisionReason,
                         Instant submittedAt, boolean editable) {

    static VendorView of(Vendor vendor, String contactPerson, String contactMobile, LocalDate today) {
        Certification c = vendor.getCertification();
        return new VendorView(vendor.getId(), vendor.getOwner(), vendor.getName(), vendor.getCreditCode(),
                vendor.getAddress(), contactPerson, contactMobile, vendor.getServiceDistricts(),
                c.standing(today), c.allowedActions(), c.getCertificateNumber(), c.getValidUntil(),
                c.getDecisionReason(), c.getSubmittedAt(), c.isEditable());
    }

    public VendorForm toForm() {
        VendorForm form = new VendorForm();
        form.setName(name);
        form.setCreditCode(creditCode);
        form.setAddress(address);
        form.setContactPerson(contactPerson);
        form.setContactMobile(contactMobile);
        form.setServiceDistricts(serviceDistricts);
        return form;
    }
}
