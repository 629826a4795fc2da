package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.control.CaseForm;
import org.sitepass.tracing.control.Cases;

/** Backs {@code /tracing/cases/register.xhtml}: a case from the person's document, then its page. */
@Named
@ViewScoped
public class CaseRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "case";
    /** The document types the residents API takes, by their codes, named by the residents module's labels. */
    static final List<String> DOCUMENT_TYPES = List.of("10", "14", "15", "20", "34");

    @Inject
    transient Cases cases;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final CaseForm form = new CaseForm();

    public CaseRegisterBacking() {
        form.setDocumentType(DOCUMENT_TYPES.get(0));
    }

    /** To the case's page; here again with what to correct. The number leaves the form once it is used. */
    public String register() {
        try {
            long id = cases.register(caller.get(), form).getId();
            form.setDocumentNumber(null);
            return "/tracing/cases/view?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }

    public CaseForm getForm() {
        return form;
    }

    public List<String> getDocumentTypes() {
        return DOCUMENT_TYPES;
    }
}
