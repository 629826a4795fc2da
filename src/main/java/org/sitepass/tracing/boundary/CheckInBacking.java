package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentDisplay;
import org.sitepass.residents.ResidentRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.CheckIn;
import org.sitepass.tracing.control.CheckInPreview;
import org.sitepass.tracing.control.CheckIns;
import org.sitepass.tracing.control.VisitView;

/**
 * Backs {@code /tracing/me/check-in.xhtml?code=}, where a poster's link leads: the venue, the resident's own colour
 * and latest test, and a button that checks in. A button rather than a check-in on opening the page: the person
 * confirms the venue they see, so that a link opened elsewhere (a chat, another site) cannot place them where they
 * were not, and a trace is only as good as its records. An account not bound yet is sent to the binding page.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CheckIns checkIns;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageLanguage language;

    private String code;
    private boolean bound;
    private String refusal;
    private String venueName;
    private String colour;
    private String colourText;
    private String testText;
    private VisitView visit;
    private boolean recorded;

    public void load() {
        Optional<ResidentRef> me = checkIns.bound(caller.get());
        bound = me.isPresent();
        if (!bound) {
            return;
        }
        try {
            CheckInPreview preview = checkIns.preview(me.get(), code);
            venueName = preview.venueName();
            show(preview.me());
        } catch (RequestRefused notValid) {
            refusal = notValid.detail().in(language.locale());
        }
    }

    public void checkIn() {
        try {
            CheckIn checkIn = checkIns.checkIn(caller.get(), code);
            visit = checkIn.visit();
            recorded = checkIn.recorded();
        } catch (RequestRefused refused) {
            refusal = refused.detail().in(language.locale());
        }
    }

    private void show(ResidentDisplay me) {
        if (me == null) {
            return;
        }
        Locale locale = language.locale();
        colour = me.colour().name();
        colourText = TracingTexts.in(locale, "tracing.checkIn.colour." + colour);
        testText = me.natResult() == null ? TracingTexts.in(locale, "tracing.checkIn.nat.none")
                : TracingTexts.text("tracing.checkIn.nat." + me.natResult(),
                        Duration.between(me.natSampledAt(), CityTime.now()).toHours()).in(locale);
    }

    /** What the door's rules say of the person here, in words: "you may enter", or why not. */
    public String getOutcomeText() {
        return visit == null ? null : TracingTexts.in(language.locale(), "tracing.checkIn.outcome." + visit.outcome());
    }

    public List<String> getReasons() {
        return visit == null ? List.of() : visit.reasons().stream().map(r -> r.text(language.locale())).toList();
    }

    public Instant getTime() {
        return visit == null ? null : visit.time();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isBound() {
        return bound;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getColour() {
        return colour;
    }

    public String getColourText() {
        return colourText;
    }

    public String getTestText() {
        return testText;
    }

    public VisitView getVisit() {
        return visit;
    }

    public boolean isRecorded() {
        return recorded;
    }
}
