package org.sitepass.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * How modules tell a person on a page what happened: module rules on fields appear next to the field, refusals and
 * confirmations at the top, in the page's language.
 */
@RequestScoped
public class PageMessages {

    /** Each field problem on the input of that id in the given form, e.g. form {@code venue}, field {@code name}. */
    public void show(String formId, InvalidInput problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problem.problems().forEach(p -> faces.addMessage(formId + ":" + p.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, p.text().in(locale(faces)), null)));
        faces.validationFailed();
    }

    public void show(RequestRefused refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refusal.detail().in(locale(faces)), null));
        faces.validationFailed();
    }

    /** Something the person must do before the action can go ahead, e.g. give a reason. */
    public void warn(ModuleText text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text.in(locale(faces)), null));
        faces.validationFailed();
    }

    /** A confirmation shown on the page that stays. */
    public void note(ModuleText text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.in(locale(faces)), null));
    }

    /** A confirmation that survives the redirect the action ends with. */
    public void confirm(ModuleText text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.in(locale(faces)), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot().getLocale();
    }
}
