package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.AppealQueueEntry;
import org.sitepass.residents.control.AppealView;
import org.sitepass.residents.control.Appeals;

/**
 * Backs {@code /residents/appeals/queue.xhtml}: the district's open appeals, oldest first; opening one (audited)
 * shows the contested record and the reason, and takes the decision.
 */
@Named
@ViewScoped
public class AppealQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Appeals appeals;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final PagedRows<AppealQueueEntry> open = new PagedRows<>(() -> appeals.count(caller.get()),
            (first, size) -> appeals.queue(caller.get(), first, size), AppealQueueEntry::id);
    private AppealView appeal;
    private String decision;

    public void show(long id) {
        decision = null;
        appeal = decided(() -> appeals.open(caller.get(), id));
    }

    public void uphold() {
        decide(() -> appeals.uphold(caller.get(), appeal.id(), decision));
    }

    public void dismiss() {
        decide(() -> appeals.dismiss(caller.get(), appeal.id(), decision));
    }

    private void decide(Supplier<Optional<AppealView>> action) {
        if (Reason.typed(decision).isEmpty()) {
            messages.warn(Reason.RULE);
            return;
        }
        AppealView done = decided(action);
        if (done != null) {
            appeal = done;
            messages.note(ResidentsTexts.text("residents.appeal.decided." + done.status()));
        }
    }

    /** The appeal, or none with a message when it is gone, decided meanwhile or not of the officer's district. */
    private AppealView decided(Supplier<Optional<AppealView>> action) {
        try {
            Optional<AppealView> found = action.get();
            if (found.isEmpty()) {
                messages.warn(ResidentsTexts.text("residents.appeal.gone"));
            }
            return found.orElse(null);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return null;
    }

    public PagedRows<AppealQueueEntry> getOpen() {
        return open;
    }

    public AppealView getAppeal() {
        return appeal;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
