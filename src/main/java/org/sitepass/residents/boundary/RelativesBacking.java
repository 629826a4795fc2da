package org.sitepass.residents.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.HealthCodes;
import org.sitepass.residents.control.RelativeEntry;
import org.sitepass.residents.control.RelativeForm;
import org.sitepass.residents.control.Relatives;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.RelativeGrounds;

/**
 * Backs {@code /residents/me/relatives.xhtml}: the holder's relatives, the application form, and one relative's code
 * shown and refreshed like the holder's own.
 */
@Named
@ViewScoped
public class RelativesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "apply";

    @Inject
    transient Relatives relatives;

    @Inject
    transient HealthCodes healthCodes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    @Inject
    transient PageMessages messages;

    private List<RelativeEntry> entries = List.of();
    private RelativeForm form = new RelativeForm();
    private boolean bound = true;
    private Long shownId;
    private CodeDisplay shown;

    public void load() {
        try {
            entries = relatives.mine(caller.get());
        } catch (RequestRefused notBound) {
            bound = false;
        }
    }

    public void apply() {
        attempt(() -> {
            RelativeEntry entry = relatives.apply(caller.get(), form);
            form = new RelativeForm();
            messages.note(ResidentsTexts.text("residents.relatives.page.saved." + entry.status()));
            return entry;
        });
    }

    public void revoke(long id) {
        attempt(() -> relatives.revoke(caller.get(), id).map(entry -> {
            messages.note(ResidentsTexts.text("residents.relatives.page.revoked"));
            if (Long.valueOf(id).equals(shownId)) {
                shownId = null;
                shown = null;
            }
            return entry;
        }).orElse(null));
    }

    public void show(long id) {
        shownId = id;
        refreshShown();
    }

    /** Makes the shown relative's code again, as the page's poll asks before it lapses. */
    public void refreshShown() {
        if (shownId == null) {
            return;
        }
        try {
            Instant now = CityTime.now();
            shown = relatives.code(caller.get(), shownId, now)
                    .map(card -> new CodeDisplay(CodeCardView.of(card, language.locale(), now),
                            healthCodes.codes().validity(), language.locale()))
                    .orElse(null);
            if (shown == null) {
                shownId = null;
                messages.warn(ResidentsTexts.text("residents.relatives.page.gone"));
            }
        } catch (RequestRefused e) {
            shownId = null;
            shown = null;
            messages.show(e);
        }
    }

    private void attempt(Supplier<RelativeEntry> action) {
        try {
            if (action.get() == null) {
                messages.warn(ResidentsTexts.text("residents.relatives.page.gone"));
            }
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
        load();
    }

    public List<RelativeEntry> getEntries() {
        return entries;
    }

    public RelativeForm getForm() {
        return form;
    }

    public boolean isBound() {
        return bound;
    }

    public CodeDisplay getShown() {
        return shown;
    }

    public List<String> getDocumentTypes() {
        return Arrays.stream(DocumentType.values()).map(DocumentType::code).toList();
    }

    public List<RelativeGrounds> getGroundsChoices() {
        return List.of(RelativeGrounds.values());
    }

    public String display(Instant instant) {
        return CityTime.display(instant);
    }
}
