package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.BindingLookup;
import org.sitepass.residents.control.ResidentBinding;
import org.sitepass.residents.control.ResidentBindings;
import org.sitepass.residents.entity.DocumentType;

/**
 * Backs {@code /residents/bindings/undo.xhtml}: an officer finds a resident of the district by document, with the
 * purpose (audited), and undoes a wrong binding with a reason.
 */
@Named
@ViewScoped
public class BindingUndoBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "lookup";

    @Inject
    transient ResidentBinding binding;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final BindingLookup lookup = new BindingLookup();
    private ResidentBindings found;
    private String reason;

    public void find() {
        try {
            found = binding.lookUp(caller.get(), lookup).orElse(null);
            if (found == null) {
                messages.warn(ResidentsTexts.text("residents.binding.undo.notFound"));
            }
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        }
    }

    public void undo(long bindingId) {
        if (Reason.typed(reason).isEmpty()) {
            messages.warn(Reason.RULE);
            return;
        }
        try {
            binding.undo(caller.get(), bindingId, Reason.typed(reason).orElseThrow()).ifPresentOrElse(undone -> {
                messages.note(ResidentsTexts.text("residents.binding.undo.done"));
                reason = null;
                find();
            }, () -> messages.warn(ResidentsTexts.text("residents.binding.undo.notFound")));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public List<DocumentType> getDocumentTypes() {
        return List.of(DocumentType.values());
    }

    public BindingLookup getLookup() {
        return lookup;
    }

    public ResidentBindings getFound() {
        return found;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
