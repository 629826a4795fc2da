package org.sitepass.platform.boundary;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Every view rendered to a caller without a session is stateless. PrimeFaces' CSP mode keeps a stateful view's
 * nonce in its view map, and Mojarra keeps view maps in the session, so without this each anonymous page would
 * open a session; PrimeFaces asks for the nonce before the page's own {@code f:view transient} is applied, so
 * the view must be marked as soon as it is restored.
 */
public class AnonymousViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && context.getExternalContext().getSession(false) == null) {
            view.setTransient(true);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
