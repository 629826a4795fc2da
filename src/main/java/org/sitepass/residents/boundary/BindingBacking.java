package org.sitepass.residents.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.BindingRequest;
import org.sitepass.residents.control.BindingState;
import org.sitepass.residents.control.ChallengeStarted;
import org.sitepass.residents.control.ResidentBinding;
import org.sitepass.residents.entity.DocumentType;

/**
 * Backs {@code /residents/me/binding.xhtml}: the PIPL notice, the real-name check, then the one-time code; or, once
 * bound, to whom.
 */
@Named
@ViewScoped
public class BindingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "binding";

    @Inject
    transient ResidentBinding binding;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final BindingRequest request = new BindingRequest();
    private BindingState state;
    private ChallengeStarted challenge;
    private String code;
    private boolean consent;

    public void load() {
        state = binding.state(caller.get());
    }

    public void start() {
        if (!consent) {
            messages.warn(ResidentsTexts.text("residents.binding.consentRequired"));
            return;
        }
        attempt(() -> {
            challenge = binding.start(caller.get(), request,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            return challenge;
        });
    }

    public void confirm() {
        attempt(() -> {
            binding.confirm(caller.get(), challenge.challenge(), code).ifPresent(bound -> {
                state = bound;
                challenge = null;
                messages.note(ResidentsTexts.text("residents.binding.done"));
            });
            return state;
        });
    }

    /** Starts again after an expired or exhausted code. */
    public void restart() {
        challenge = null;
        code = null;
        load();
    }

    private void attempt(Supplier<Object> action) {
        try {
            action.get();
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
            load();
        }
    }

    public List<DocumentType> getDocumentTypes() {
        return List.of(DocumentType.values());
    }

    public BindingRequest getRequest() {
        return request;
    }

    public BindingState getState() {
        return state;
    }

    public ChallengeStarted getChallenge() {
        return challenge;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
