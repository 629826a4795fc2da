package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PlainText;
import org.sitepass.tracing.TracingTexts;

/**
 * A case as a tracer registers it, in a request body or the register page: the person's document (used once to find
 * them, never kept), the sample and onset dates, the lab report it rests on and a note.
 */
public class CaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String REQUIRED = "{sitepass.validation.required}";
    static final String LENGTH = "{sitepass.validation.length}";

    @NotBlank(message = REQUIRED)
    @Size(max = 2, message = LENGTH)
    private String documentType;

    @NotBlank(message = REQUIRED)
    @Size(max = 40, message = LENGTH)
    private String documentNumber;

    @NotNull(message = REQUIRED)
    private LocalDate sampledOn;

    private LocalDate onsetOn;

    @NotBlank(message = REQUIRED)
    @Size(max = 60, message = LENGTH)
    @PlainText
    private String source;

    @Size(max = 500, message = LENGTH)
    @PlainText
    private String note;

    /** The rule that needs today: a sample or onset still to come is a typing error. */
    void check(LocalDate today) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (sampledOn.isAfter(today)) {
            problems.add(new InvalidInput.FieldProblem("sampledOn", TracingTexts.text("tracing.cases.future")));
        }
        if (onsetOn != null && onsetOn.isAfter(today)) {
            problems.add(new InvalidInput.FieldProblem("onsetOn", TracingTexts.text("tracing.cases.future")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    String strippedNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public LocalDate getSampledOn() {
        return sampledOn;
    }

    public void setSampledOn(LocalDate sampledOn) {
        this.sampledOn = sampledOn;
    }

    public LocalDate getOnsetOn() {
        return onsetOn;
    }

    public void setOnsetOn(LocalDate onsetOn) {
        this.onsetOn = onsetOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? null : source.strip();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
