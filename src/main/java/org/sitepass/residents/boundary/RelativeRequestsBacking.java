package org.sitepass.residents.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.RelativeRequest;
import org.sitepass.residents.control.Relatives;

/**
 * Backs {@code /residents/relatives/requests.xhtml}: the district's pending requests for people who cannot apply
 * alone, oldest first, each approved or refused with a reason the holder reads.
 */
@Named
@ViewScoped
public class RelativeRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "requests";

    @Inject
    transient Relatives relatives;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private List<RelativeRequest> pending;
    private boolean full;
    private RelativeRequest refusing;
    private String refusal;

    /** Read once a view: every read of the requests is audited, so re-rendering the table must not read again. */
    @PostConstruct
    void load() {
        pending = relatives.pending(caller.get());
        full = pending.size() >= Relatives.PENDING_LIMIT;
    }

    public void approve(long id) {
        decide(id, () -> relatives.approve(caller.get(), id), "residents.relatives.requests.approved");
    }

    public void startRefusal(long id) {
        refusal = null;
        refusing = pending.stream().filter(request -> request.id() == id).findFirst().orElse(null);
    }

    public void cancelRefusal() {
        refusing = null;
        refusal = null;
    }

    public void refuse() {
        if (refusing == null) {
            return;
        }
        Optional<String> given = Reason.typed(refusal);
        if (given.isEmpty()) {
            messages.show(FORM, InvalidInput.of("refusal", Reason.RULE));
            return;
        }
        long id = refusing.id();
        decide(id, () -> relatives.refuse(caller.get(), id, given.get()), "residents.relatives.requests.refused");
    }

    /**
     * Whatever the outcome, the request leaves the list: decided now, decided meanwhile by another officer, or no
     * longer one of the district's.
     */
    private void decide(long id, Supplier<Optional<RelativeRequest>> decision, String doneKey) {
        try {
            decision.get().ifPresentOrElse(done -> messages.note(ResidentsTexts.text(doneKey)),
                    () -> messages.warn(ResidentsTexts.text("residents.relatives.requests.gone")));
        } catch (RequestRefused e) {
            messages.show(e);
        }
        pending = pending.stream().filter(request -> request.id() != id).toList();
        if (refusing != null && refusing.id() == id) {
            cancelRefusal();
        }
    }

    public List<RelativeRequest> getPending() {
        return pending;
    }

    public boolean isFull() {
        return full;
    }

    public RelativeRequest getRefusing() {
        return refusing;
    }

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
