package org.sitepass.tracing.control;

import java.time.Instant;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.ContactStatus;
import org.sitepass.tracing.entity.Isolation;

/**
 * A contact as a list shows it: the person by reference and masked name only, where their handling stands.
 *
 * @param person the opaque resident reference
 */
public record ContactEntry(long id, long caseId, String caseReference, String person, String maskedName,
                           String districtCode, ContactStatus status, Assessment assessment, Isolation isolation,
                           String visit, Instant identifiedAt, Instant updatedAt) {

    static ContactEntry of(Contact contact, String caseReference, String maskedName) {
        return new ContactEntry(contact.getId(), contact.getCaseId(), caseReference, contact.getResidentRef(),
                maskedName, contact.getDistrictCode(), contact.getStatus(), contact.getAssessment(),
                contact.getIsolation(), contact.getVisit(), contact.getIdentifiedAt(), contact.getUpdatedAt());
    }
}
