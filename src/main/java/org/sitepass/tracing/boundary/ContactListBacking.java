package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.ContactCount;
import org.sitepass.tracing.control.ContactEntry;
import org.sitepass.tracing.control.ContactForm;
import org.sitepass.tracing.control.ContactQuery;
import org.sitepass.tracing.control.Contacts;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.ContactStatus;

/**
 * Backs {@code /tracing/contacts/list.xhtml}: contacts filtered by case ({@code ?case=}), status, assessment and
 * district, with their counts per case and per district; with a case, a person is added to it as a contact.
 */
@Named
@ViewScoped
public class ContactListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Contacts contacts;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId tracingCase = new AddressId();
    private ContactStatus status;
    private Assessment assessment;
    private String districtCode;
    private final ContactForm adding = new ContactForm();

    private final PagedRows<ContactEntry> rows = new PagedRows<>(() -> contacts.count(caller.get(), query(0, 0)),
            (first, size) -> contacts.page(caller.get(), query(first, size)), entry -> String.valueOf(entry.id()));

    public List<ContactCount> getCountsByCase() {
        return contacts.countsByCase(caller.get(), query(0, 0));
    }

    public List<ContactCount> getCountsByDistrict() {
        return contacts.countsByDistrict(caller.get(), query(0, 0));
    }

    /** Adds the person to the case the page is filtered by; a field problem shows next to the field. */
    public String add() {
        try {
            ContactEntry added = contacts.add(caller.get(), tracingCase.get(), adding).orElse(null);
            if (added == null) {
                messages.warn(TracingTexts.text("tracing.contacts.caseGone"));
                return null;
            }
            messages.confirm(TracingTexts.text("tracing.contacts.added", added.maskedName()));
            return "/tracing/contacts/view?faces-redirect=true&case=" + added.caseId() + "&id=" + added.id();
        } catch (InvalidInput e) {
            messages.show("add", e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }

    private ContactQuery query(int first, int size) {
        return new ContactQuery(tracingCase.get(), status, assessment, districtCode, first, size);
    }

    public ContactStatus[] getStatuses() {
        return ContactStatus.values();
    }

    public Assessment[] getAssessments() {
        return Assessment.values();
    }

    public PagedRows<ContactEntry> getRows() {
        return rows;
    }

    public AddressId getTracingCase() {
        return tracingCase;
    }

    public ContactForm getAdding() {
        return adding;
    }

    public ContactStatus getStatus() {
        return status;
    }

    public void setStatus(ContactStatus status) {
        this.status = status;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public void setAssessment(Assessment assessment) {
        this.assessment = assessment;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
    }
}
