package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.OfflineCodeView;
import org.sitepass.residents.control.OfflineCodes;
import org.sitepass.residents.entity.OfflineCodeStatus;

/** Backs {@code /residents/me/offline.xhtml}: a resident's own card, applied for and printed from a phone. */
@Named
@ViewScoped
public class MyOfflineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfflineCodes codes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private OfflineCodeView code;
    private boolean unbound;

    public void load() {
        try {
            code = codes.mine(caller.get()).orElse(null);
        } catch (RequestRefused notBound) {
            unbound = true;
        }
    }

    public void apply() {
        try {
            code = codes.issueForSelf(caller.get());
            messages.note(ResidentsTexts.text("residents.offline.page.issued"));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public boolean isActive() {
        return code != null && code.status() == OfflineCodeStatus.ACTIVE;
    }

    public OfflineCodeView getCode() {
        return code;
    }

    public boolean isUnbound() {
        return unbound;
    }
}
