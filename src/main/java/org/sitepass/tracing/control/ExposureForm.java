package org.sitepass.tracing.control;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/**
 * A venue marked as exposed, as a tracer fills it in on the page or through the API: the venue by id or by the
 * number on its poster, the window in UTC, the case it comes from if any, a note, and optionally the text the people
 * read (otherwise a standard one naming the venue and the window).
 */
public class ExposureForm {

    static final String INSTANT = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z";
    static final String LENGTH = "{sitepass.validation.length}";

    private Long venueId;

    @Size(max = 20, message = LENGTH)
    @PlainText
    private String codeNumber;

    @Pattern(regexp = INSTANT, message = "{sitepass.validation.instant}")
    private String from;

    @Pattern(regexp = INSTANT, message = "{sitepass.validation.instant}")
    private String to;

    @Size(max = 20, message = LENGTH)
    @Pattern(regexp = "[A-Z0-9-]*", message = "{sitepass.validation.plainText}")
    private String caseReference;

    @Size(max = 500, message = LENGTH)
    @PlainText
    private String note;

    @Size(max = 500, message = LENGTH)
    @PlainText
    private String text;

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(String codeNumber) {
        this.codeNumber = codeNumber;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
