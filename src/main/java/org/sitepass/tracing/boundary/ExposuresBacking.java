package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.ExposureForm;
import org.sitepass.tracing.control.ExposureView;
import org.sitepass.tracing.control.Exposures;

/**
 * Backs {@code /tracing/exposures/list.xhtml}: a tracer marks a venue as exposed, by the number on its poster and a
 * window in the city's time, and corrects or withdraws the exposures listed below, newest first.
 */
@Named
@ViewScoped
public class ExposuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "mark";
    static final String CORRECTION = "exposures";

    @Inject
    transient Exposures exposures;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    private final ExposureForm form = new ExposureForm();
    private LocalDateTime from;
    private LocalDateTime to;
    private Long correcting;
    private String correction;
    private final PagedRows<ExposureView> list = new PagedRows<>(
            () -> exposures.list(caller.get(), null, 0, 1).total(),
            (first, size) -> exposures.list(caller.get(), null, first / size, size).items(),
            exposure -> String.valueOf(exposure.id()));

    public void mark() {
        form.setFrom(utc(from));
        form.setTo(utc(to));
        try {
            ExposureView marked = exposures.mark(caller.get(), form);
            messages.confirm(TracingTexts.text("tracing.exposure.marked", marked.reference(), marked.people()));
            form.setCodeNumber(null);
            form.setCaseReference(null);
            form.setNote(null);
            form.setText(null);
            from = null;
            to = null;
        } catch (InvalidInput e) {
            messages.show(FORM, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void startCorrecting(long id, String text) {
        correcting = id;
        correction = text;
    }

    public void correct() {
        try {
            exposures.correct(caller.get(), correcting, correction).ifPresent(corrected ->
                    messages.confirm(TracingTexts.text("tracing.exposure.corrected", corrected.reference())));
            correcting = null;
            correction = null;
        } catch (InvalidInput e) {
            messages.show(CORRECTION, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public void withdraw(long id) {
        try {
            exposures.withdraw(caller.get(), id).ifPresent(withdrawn ->
                    messages.confirm(TracingTexts.text("tracing.exposure.withdrawn", withdrawn.reference())));
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    /** A time the page took in the city's time, as the form takes it. */
    private static String utc(LocalDateTime cityTime) {
        return cityTime == null ? null : cityTime.atZone(CityTime.ZONE).toInstant().toString();
    }

    public ExposureForm getForm() {
        return form;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public Long getCorrecting() {
        return correcting;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public PagedRows<ExposureView> getList() {
        return list;
    }
}
