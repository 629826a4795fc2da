package org.sitepass.residents.boundary;

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
import org.sitepass.residents.control.OfflineCodeDesk;
import org.sitepass.residents.control.OfflineCodeForm;
import org.sitepass.residents.control.OfflineCodes;
import org.sitepass.residents.control.ProxyForm;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.OfflineCodeStatus;
import org.sitepass.residents.entity.ProxyRelationship;

/**
 * Backs {@code /residents/offline/issue.xhtml}, the service centre's counter: find the person by the document in
 * hand, then issue, reissue, report a loss or print. The document stays in the view, never in a URL.
 */
@Named
@ViewScoped
public class OfflineIssueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "offline";

    @Inject
    transient OfflineCodes codes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final OfflineCodeForm form = new OfflineCodeForm();
    private final ProxyForm proxy = new ProxyForm();
    private OfflineCodeDesk desk;

    public OfflineIssueBacking() {
        form.setDocumentType(DocumentType.RESIDENT_ID_CARD.code());
        proxy.setDocumentType(DocumentType.RESIDENT_ID_CARD.code());
    }

    public void find() {
        desk = null;
        attempt(() -> codes.lookUp(caller.get(), form));
    }

    public void issue() {
        form.setProxy(isProxyGiven() ? proxy : null);
        if (attempt(() -> {
            codes.issue(caller.get(), form);
            return codes.lookUp(caller.get(), form);
        })) {
            messages.note(ResidentsTexts.text("residents.offline.page.issued"));
        }
    }

    public void reportLoss(long id) {
        if (attempt(() -> {
            codes.reportLoss(caller.get(), id);
            return codes.lookUp(caller.get(), form);
        })) {
            messages.note(ResidentsTexts.text("residents.offline.page.voided"));
        }
    }

    /**
     * A proxy counts once any of their fields is filled in; then all of them are required, which the control checks
     * together (the page turns off the per-field constraints, since an empty proxy is no proxy).
     */
    public boolean isProxyGiven() {
        return notBlank(proxy.getDocumentNumber()) || notBlank(proxy.getName()) || proxy.getRelationship() != null;
    }

    public boolean isHasActiveCode() {
        return desk != null && desk.codes().stream().anyMatch(c -> c.status() == OfflineCodeStatus.ACTIVE);
    }

    private boolean attempt(Supplier<OfflineCodeDesk> action) {
        try {
            desk = action.get();
            return true;
        } catch (InvalidInput e) {
            messages.show(FORM, new InvalidInput(e.problems().stream().map(p -> new InvalidInput.FieldProblem(
                    p.field().replace(OfflineCodes.PROXY_FIELD, "proxy_"), p.text())).toList()));
        } catch (RequestRefused e) {
            messages.show(e);
        }
        return false;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    public List<DocumentType> getDocumentTypes() {
        return List.of(DocumentType.values());
    }

    public List<ProxyRelationship> getRelationships() {
        return List.of(ProxyRelationship.values());
    }

    public OfflineCodeForm getForm() {
        return form;
    }

    public ProxyForm getProxy() {
        return proxy;
    }

    public OfflineCodeDesk getDesk() {
        return desk;
    }
}
