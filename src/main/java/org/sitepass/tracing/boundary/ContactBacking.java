package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.AssessmentForm;
import org.sitepass.tracing.control.ContactEntry;
import org.sitepass.tracing.control.ContactView;
import org.sitepass.tracing.control.Contacts;
import org.sitepass.tracing.control.TransferForm;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.ContactStatus;
import org.sitepass.tracing.entity.Isolation;

/**
 * Backs {@code /tracing/contacts/view.xhtml?case=&id=}: one contact with its steps, and the next steps its status
 * allows.
 */
@Named
@ViewScoped
public class ContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Contacts contacts;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final AddressId tracingCase = new AddressId();
    private final AddressId address = new AddressId();
    private ContactView contact;
    private final AssessmentForm assessing = new AssessmentForm();
    private final TransferForm transferring = new TransferForm();
    private String reason;

    public void load() throws IOException {
        contact = tracingCase.get() == null || address.get() == null ? null
                : contacts.find(caller.get(), tracingCase.get(), address.get()).orElse(null);
        if (contact == null) {
            PageRequest.notFound();
        }
    }

    public String notifyContact() {
        return step(() -> contacts.notify(caller.get(), tracingCase.get(), address.get()), "tracing.contacts.notified",
                null);
    }

    public String assess() {
        if (assessing.getAssessment() == null) {
            messages.warn(TracingTexts.text("tracing.contacts.chooseAssessment"));
            return null;
        }
        return step(() -> contacts.assess(caller.get(), tracingCase.get(), address.get(), assessing),
                "tracing.contacts.assessed", "assess");
    }

    public String transfer() {
        if (transferring.getIsolation() == null || transferring.getPlace() == null
                || transferring.getPlace().isEmpty()) {
            messages.warn(TracingTexts.text("tracing.contacts.transferIncomplete"));
            return null;
        }
        return step(() -> contacts.transfer(caller.get(), tracingCase.get(), address.get(), transferring),
                "tracing.contacts.transferred", "transfer");
    }

    public String release() {
        Optional<String> given = Reason.typed(reason);
        if (given.isEmpty()) {
            messages.warn(Reason.RULE);
            return null;
        }
        return step(() -> contacts.release(caller.get(), tracingCase.get(), address.get(), given.get()),
                "tracing.contacts.released", null);
    }

    private String step(Supplier<Optional<ContactEntry>> step, String doneKey, String formId) {
        try {
            if (step.get().isEmpty()) {
                messages.warn(TracingTexts.text("tracing.contacts.gone"));
                return null;
            }
            messages.confirm(TracingTexts.text(doneKey));
            return "/tracing/contacts/view?faces-redirect=true&case=" + tracingCase.get() + "&id=" + address.get();
        } catch (InvalidInput e) {
            messages.show(formId, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }

    /** The next steps the contact's status allows, so that the page offers only what would be accepted. */
    public boolean isNotifiable() {
        return status() == ContactStatus.IDENTIFIED;
    }

    public boolean isAssessable() {
        return status() == ContactStatus.NOTIFIED || status() == ContactStatus.ASSESSED;
    }

    public boolean isTransferable() {
        return status() == ContactStatus.ASSESSED && contact.contact().assessment().isolates();
    }

    public boolean isReleasable() {
        return status() == ContactStatus.TRANSFERRED
                || status() == ContactStatus.ASSESSED && !contact.contact().assessment().isolates();
    }

    private ContactStatus status() {
        return contact == null ? null : contact.contact().status();
    }

    public Assessment[] getAssessments() {
        return Assessment.values();
    }

    public Isolation[] getIsolations() {
        return Isolation.values();
    }

    public AddressId getTracingCase() {
        return tracingCase;
    }

    public AddressId getAddress() {
        return address;
    }

    public ContactView getContact() {
        return contact;
    }

    public AssessmentForm getAssessing() {
        return assessing;
    }

    public TransferForm getTransferring() {
        return transferring;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
