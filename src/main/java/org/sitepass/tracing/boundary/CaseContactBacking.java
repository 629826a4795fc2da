package org.sitepass.tracing.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.ContactEntry;
import org.sitepass.tracing.control.ContactForm;
import org.sitepass.tracing.control.Contacts;

/**
 * Adds a co-visitor shown on a case's page to the case as a contact, by a button (the person's reference travels in
 * the post, never in an address), and opens the contact's page.
 */
@Named
@RequestScoped
public class CaseContactBacking {

    @Inject
    Contacts contacts;

    @Inject
    CurrentCaller caller;

    @Inject
    PageMessages messages;

    public String add(long caseId, String person, String visit) {
        ContactForm form = new ContactForm();
        form.setPerson(person);
        form.setVisit(visit);
        try {
            ContactEntry added = contacts.add(caller.get(), caseId, form).orElse(null);
            if (added == null) {
                messages.warn(TracingTexts.text("tracing.contacts.caseGone"));
                return null;
            }
            messages.confirm(TracingTexts.text("tracing.contacts.added", added.maskedName()));
            return "/tracing/contacts/view?faces-redirect=true&case=" + caseId + "&id=" + added.id();
        } catch (InvalidInput e) {
            messages.warn(e.problems().get(0).text());
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }
}
