package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.control.HealthCodes;

/**
 * Backs {@code /residents/me/code.xhtml}: the resident's own code, made again by the page's poll before it lapses;
 * an account not bound yet is sent to the binding page.
 */
@Named
@ViewScoped
public class HealthCodeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HealthCodes healthCodes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    private CodeDisplay code;
    private boolean bound = true;

    public void load() {
        refresh();
    }

    public void refresh() {
        try {
            Instant now = CityTime.now();
            code = new CodeDisplay(CodeCardView.of(healthCodes.mine(caller.get(), now), language.locale(), now),
                    healthCodes.codes().validity(), language.locale());
        } catch (RequestRefused notBound) {
            bound = false;
            code = null;
        }
    }

    public CodeDisplay getCode() {
        return code;
    }

    public boolean isBound() {
        return bound;
    }
}
