package org.sitepass.residents.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.AppealForm;
import org.sitepass.residents.control.AppealView;
import org.sitepass.residents.control.Appeals;
import org.sitepass.residents.control.MyData;
import org.sitepass.residents.control.MyDataView;
import org.sitepass.residents.entity.AppealSubject;

/**
 * Backs {@code /residents/me/appeals.xhtml}: my appeals with their decisions, and a new appeal against one of my
 * colour changes or nucleic-acid tests, chosen from a list ({@code COLOUR_CHANGE:12}).
 */
@Named
@ViewScoped
public class MyAppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "appeal";

    @Inject
    transient Appeals appeals;

    @Inject
    transient MyData myData;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private List<AppealView> mine;
    private final List<SelectItem> records = new ArrayList<>();
    private String record;
    private String reason;

    public void load() {
        mine = appeals.mine(caller.get()).orElse(null);
        records.clear();
        MyDataView data = myData.of(caller.get(), 1).orElse(null);
        if (data == null) {
            return;
        }
        Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        data.colours().forEach(c -> records.add(new SelectItem(AppealSubject.COLOUR_CHANGE + ":" + c.id(),
                ResidentsTexts.text("residents.appeal.record.colour", ResidentsTexts.in(language,
                        "residents.myData.colour." + c.colour()), CityTime.display(c.effectiveAt())).in(language))));
        data.natTests().stream().filter(t -> !t.voided()).forEach(t -> records.add(new SelectItem(
                AppealSubject.NAT_TEST + ":" + t.id(), ResidentsTexts.text("residents.appeal.record.nat",
                        ResidentsTexts.in(language, "residents.myData.result." + t.result()),
                        CityTime.display(t.sampledAt())).in(language))));
    }

    public void file() {
        if (record == null || !record.matches("(COLOUR_CHANGE|NAT_TEST):[0-9]{1,18}")) {
            messages.warn(ResidentsTexts.text("residents.appeal.chooseRecord"));
            return;
        }
        if (Reason.typed(reason).isEmpty()) {
            messages.warn(Reason.RULE);
            return;
        }
        AppealForm form = new AppealForm();
        form.setSubject(AppealSubject.valueOf(record.substring(0, record.indexOf(':'))));
        form.setRecordId(Long.valueOf(record.substring(record.indexOf(':') + 1)));
        form.setReason(reason);
        try {
            appeals.file(caller.get(), form);
            messages.note(ResidentsTexts.text("residents.appeal.filed"));
            record = null;
            reason = null;
            load();
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    /** Whether the account is bound: an unbound one has no appeals to show, and is sent to bind first. */
    public boolean isBound() {
        return mine != null;
    }

    public List<AppealView> getMine() {
        return mine;
    }

    public List<SelectItem> getRecords() {
        return records;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
